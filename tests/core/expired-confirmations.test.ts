// A question asked back ("Delete my data?", "Set SQL to 3? [Save]") is answered soon or not at
// all: its button, pressed days later, must not undo what the person did since.
import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import { buttonsOf, person, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

const MINUTE = 60_000;

/** The value of the reply's button for `action`: what a press of it sends back. */
function buttonValue(reply: Reply, action: string): string {
  const button = buttonsOf(reply).find((b) => b.action === action);
  if (!button) throw new Error(`no ${action} button in: ${textOf(reply)}`);
  return button.value;
}

describe("a question asked back expires", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });
  const recordOf = (user: string) => bot.core.people.get(person(user));

  describe("forget me", () => {
    it("GIVEN forget me asked and SQL rated 16 minutes later WHEN the old Delete is pressed THEN nothing is deleted and it says the question expired", async () => {
      const remove = buttonValue(await say(bot, "fay", "forget me"), ACTIONS.forgetConfirm);
      bot.clock.advance(16 * MINUTE);
      await say(bot, "fay", "rate sql 2");

      const pressed = await press(bot, "fay", ACTIONS.forgetConfirm, remove);

      expect(textOf(pressed)).toBe(
        "That confirmation has expired, so I didn't delete anything. Say forget me again if you still want to.",
      );
      expect((await recordOf("fay")).ratings.sql?.level).toBe(2);
    });

    it("GIVEN forget me asked WHEN Delete is pressed 14 minutes later THEN everything is deleted, as before", async () => {
      await say(bot, "fay", "rate sql 2");
      const remove = buttonValue(await say(bot, "fay", "forget me"), ACTIONS.forgetConfirm);
      bot.clock.advance(14 * MINUTE);

      const pressed = await press(bot, "fay", ACTIONS.forgetConfirm, remove);

      expect(textOf(pressed)).toMatch(/^Done/);
      expect((await recordOf("fay")).ratings).toEqual({});
    });

    it("GIVEN a Delete button from before buttons said when they were asked WHEN pressed THEN nothing is deleted", async () => {
      await say(bot, "fay", "rate sql 2");

      const pressed = await press(bot, "fay", ACTIONS.forgetConfirm, "yes");

      expect(textOf(pressed)).toMatch(/has expired, so I didn't delete anything/);
      expect((await recordOf("fay")).ratings.sql?.level).toBe(2);
    });

    it("GIVEN forget me asked an hour ago WHEN Keep it is pressed THEN it still says nothing was deleted", async () => {
      await say(bot, "fay", "rate sql 2");
      const keep = buttonValue(await say(bot, "fay", "forget me"), ACTIONS.forgetCancel);
      bot.clock.advance(60 * MINUTE);

      expect(textOf(await press(bot, "fay", ACTIONS.forgetCancel, keep))).toBe(
        "Nothing was deleted.",
      );
      expect((await recordOf("fay")).ratings.sql?.level).toBe(2);
    });
  });

  describe("Save a rating", () => {
    it("GIVEN 'Set SQL to 3? [Save]' and a newer `rate sql 4` WHEN the old Save is pressed after an hour THEN SQL stays 4 and it says how to rate again", async () => {
      const save = buttonValue(await say(bot, "ann", "I'm pretty good at SQL"), ACTIONS.rateSet);
      await say(bot, "ann", "rate sql 4");
      bot.clock.advance(61 * MINUTE);

      const pressed = await press(bot, "ann", ACTIONS.rateSet, save);

      expect(textOf(pressed)).toBe(
        "That question has expired, so I didn't change anything. Say rate sql 3 if you still want that.",
      );
      expect((await recordOf("ann")).ratings.sql?.level).toBe(4);
    });

    it("GIVEN 'Set SQL to 3? [Save]' WHEN Save is pressed 59 minutes later THEN SQL is saved at 3, as before", async () => {
      const save = buttonValue(await say(bot, "ann", "I'm pretty good at SQL"), ACTIONS.rateSet);
      bot.clock.advance(59 * MINUTE);

      expect(textOf(await press(bot, "ann", ACTIONS.rateSet, save))).toMatch(/SQL/);
      expect((await recordOf("ann")).ratings.sql?.level).toBe(3);
    });

    it("GIVEN a Save button from before buttons said when they were asked WHEN pressed THEN the newer rating stays", async () => {
      await say(bot, "ann", "rate sql 4");

      const pressed = await press(bot, "ann", ACTIONS.rateSet, "sql:3");

      expect(textOf(pressed)).toMatch(/has expired.*rate sql 3/);
      expect((await recordOf("ann")).ratings.sql?.level).toBe(4);
    });

    it("GIVEN the levels offered by `rate python` WHEN one is pressed after an hour THEN nothing is saved", async () => {
      const asked = await say(bot, "ann", "rate python");
      const two = buttonsOf(asked).find((b) => b.action === ACTIONS.rateSet && /^2 /.test(b.label));
      bot.clock.advance(61 * MINUTE);

      const pressed = await press(bot, "ann", ACTIONS.rateSet, two?.value ?? "");

      expect(textOf(pressed)).toMatch(/has expired.*rate python 2/);
      expect((await recordOf("ann")).ratings.python).toBeUndefined();
    });
  });

  describe("Switch track", () => {
    it("GIVEN 'Switch to MLOps Engineer?' and a newer `track ml-engineer` WHEN the old Switch is pressed after an hour THEN the track stays", async () => {
      const ask = await say(bot, "ann", "use the mlops track");
      const switchTo = buttonValue(ask, ACTIONS.trackSet);
      await say(bot, "ann", "track ml-engineer");
      bot.clock.advance(61 * MINUTE);

      const pressed = await press(bot, "ann", ACTIONS.trackSet, switchTo);

      expect(textOf(pressed)).toMatch(/has expired.*track mlops-engineer/);
      expect((await recordOf("ann")).track).toBe("ml-engineer");
    });

    it("GIVEN 'Switch to MLOps Engineer?' WHEN Switch is pressed within the hour THEN the track switches, as before", async () => {
      const switchTo = buttonValue(await say(bot, "ann", "use the mlops track"), ACTIONS.trackSet);
      bot.clock.advance(59 * MINUTE);

      expect(textOf(await press(bot, "ann", ACTIONS.trackSet, switchTo))).toMatch(
        /Your track is now MLOps Engineer/,
      );
      expect((await recordOf("ann")).track).toBe("mlops-engineer");
    });
  });

  describe("mentor on and off", () => {
    it("GIVEN 'List you as a mentor?' and a newer `mentor off` WHEN the old List me is pressed after an hour THEN they stay off the list", async () => {
      await say(bot, "ann", "rate docker 3");
      const listMe = buttonValue(
        await say(bot, "ann", "sign me up as a mentor"),
        ACTIONS.mentorSet,
      );
      await say(bot, "ann", "mentor off");
      bot.clock.advance(61 * MINUTE);

      const pressed = await press(bot, "ann", ACTIONS.mentorSet, listMe);

      expect(textOf(pressed)).toMatch(/has expired.*mentor on/);
      expect((await recordOf("ann")).mentor).toBe(false);
    });

    it("GIVEN 'Take you off the mentor list?' WHEN pressed within the hour THEN they are off the list, as before", async () => {
      await say(bot, "ann", "rate docker 3");
      await say(bot, "ann", "mentor on");
      const takeOff = buttonValue(
        await say(bot, "ann", "take me off the mentor list"),
        ACTIONS.mentorSet,
      );
      bot.clock.advance(59 * MINUTE);

      expect(textOf(await press(bot, "ann", ACTIONS.mentorSet, takeOff))).toMatch(
        /no longer listed/,
      );
      expect((await recordOf("ann")).mentor).toBe(false);
    });
  });
});
