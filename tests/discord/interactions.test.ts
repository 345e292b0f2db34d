// Autocomplete, the rating modal, quiz buttons and Discord's clock, through the real discord.js
// client against the fake Discord.
import { afterEach, describe, expect, test } from "vitest";
import type { Deadline } from "../../adapters/discord/deadline.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { openStore } from "../../src/store/open-store.ts";
import { DiscordErrorCode } from "../fakes/discord/index.ts";
import { storeWith } from "../helpers/store.ts";
import { CALLBACK, type DiscordHarness, EDIT_ORIGINAL, openDiscord } from "./harness.ts";
import { isEphemeral } from "./seen.ts";
import { slowStore } from "./slow-store.ts";

const fail = (): never => {
  throw new Error("no event recorded");
};

let h: DiscordHarness;
afterEach(async () => {
  await h.close();
});

type Choice = { name: string; value: string };
const choicesOf = (data: Record<string, unknown>) => (data.choices ?? []) as Choice[];

describe("autocomplete", () => {
  test("GIVEN a typed prefix WHEN autocompleting rate's skill THEN matching skills, Python first, within Discord's limits", async () => {
    h = await openDiscord();
    const seen = await h.interact(
      h.fake.interactions.autocomplete({
        command: "skills",
        subcommand: "rate",
        focused: { name: "skill", value: "pyt" },
      }),
    );
    expect(seen.callbackType).toBe(8);
    const choices = choicesOf(seen.callbackData);
    expect(choices[0]).toEqual({ name: "Python · Programming", value: "python" });
    expect(choices.map((c) => c.value)).toContain("pytorch");
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(seen.calls[0]?.status).toBe(204);
  });

  test("GIVEN nothing typed THEN 25 entries at most, names at most 100 characters", async () => {
    h = await openDiscord();
    const seen = await h.interact(
      h.fake.interactions.autocomplete({
        command: "skills",
        subcommand: "path",
        focused: { name: "topic", value: "" },
      }),
    );
    const choices = choicesOf(seen.callbackData);
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    // Tracks and areas come first for a path.
    expect(choices[0]?.name).toMatch(/\(track\)$/);
  });

  test("GIVEN a typo THEN the index still finds the skill", async () => {
    h = await openDiscord();
    const seen = await h.interact(
      h.fake.interactions.autocomplete({
        command: "skills",
        subcommand: "mentor",
        focused: { name: "skill", value: "pyhton" },
      }),
    );
    expect(choicesOf(seen.callbackData).map((c) => c.value)).toContain("python");
  });

  test("GIVEN a value typed by hand that is not a skill WHEN submitted THEN a friendly correction, nothing saved", async () => {
    h = await openDiscord();
    const seen = await h.slash("rate", { skill: "quantum-basketweaving", level: 2 });
    expect(seen.text).toMatch(/I don't know a skill called "quantum-basketweaving"/);
    expect(seen.messages.every(isEphemeral)).toBe(true);
    const profile = await h.slash("profile");
    expect(profile.text).toMatch(/haven't rated any skills yet/);
  });
});

describe("the rating modal", () => {
  test("GIVEN /skills rate without a level THEN a modal with the rubric opens, and its submit saves the level", async () => {
    h = await openDiscord();
    const opened = await h.slash("rate", { skill: "python" });
    expect(opened.callbackType).toBe(9);
    const modal = opened.callbackData as {
      custom_id: string;
      title: string;
      components: {
        type: number;
        content?: string;
        component?: { type: number; options?: unknown[] };
      }[];
    };
    expect(modal.title.length).toBeLessThanOrEqual(45);
    const rubric = modal.components.find((c) => c.type === 10)?.content ?? "";
    expect(rubric).toMatch(/\*\*Skill:\*\* Python/);
    expect(rubric).toMatch(/4 \(expert\)\*\* — Writes fast, maintainable production Python/);
    const radio = modal.components.find((c) => c.type === 18)?.component;
    expect(radio?.type).toBe(21);
    expect(radio?.options).toHaveLength(5);

    const saved = await h.submitModal(modal.custom_id, { level: "3" });
    expect(saved.callbackType).toBe(4);
    expect(saved.messages.every(isEphemeral)).toBe(true);
    expect(saved.text).toMatch(/Saved: Python at 3 \(practitioner\)/);
    expect(h.bot.events.at(-1)).toMatchObject({
      type: "form",
      form: "rate.form",
      values: { skill: "python", level: "3" },
    });
  });

  test("GIVEN the rate button on a profile WHEN pressed THEN the same modal opens", async () => {
    h = await openDiscord();
    const opened = await h.press("rate.open|sql");
    expect(opened.callbackType).toBe(9);
    expect(opened.callbackData.custom_id).toBe("rate.form||skill=sql");
  });

  test("GIVEN a rating form without a skill WHEN shown THEN the skill is typed and re-validated on submit", async () => {
    h = await openDiscord();
    const opened = await h.press("rate.open|");
    const components = (opened.callbackData.components ?? []) as {
      component?: { type: number; custom_id: string };
    }[];
    const skillInput = components.find((c) => c.component?.custom_id === "skill")?.component;
    // 47 skills are more than a select can list: a text input, checked by the core.
    expect(skillInput?.type).toBe(4);
    const wrong = await h.submitModal(String(opened.callbackData.custom_id), {
      skill: "basketweaving",
      level: "2",
    });
    expect(wrong.text).toMatch(/I don't know a skill called "basketweaving"/);
    const right = await h.submitModal(String(opened.callbackData.custom_id), {
      skill: "pyhton",
      level: "2",
    });
    expect(right.text).toMatch(/Saved: Python at 2 \(working\)/);
  });
});

describe("quiz buttons", () => {
  test("GIVEN a quiz WHEN an answer is pressed twice THEN the first counts, both are ephemeral, the second is refused", async () => {
    h = await openDiscord();
    const question = await h.slash("quiz", { topic: "sql" });
    const [first, second] = question.buttons;
    const answered = await h.press(first?.customId ?? "");
    expect(answered.callbackType).toBe(4);
    expect(answered.messages.every(isEphemeral)).toBe(true);
    expect(answered.text).toMatch(/Correct!|Not quite/);
    const again = await h.press(second?.customId ?? "");
    expect(again.messages.every(isEphemeral)).toBe(true);
    expect(again.text).toMatch(/already answered/);
    const log = await h.booted.core.quizzes.log(h.bot.events[0]?.person ?? fail());
    expect(log.recent).toHaveLength(1);
  });

  test("GIVEN one press delivered twice (a gateway replay) THEN it is answered and recorded once", async () => {
    h = await openDiscord();
    const question = await h.slash("quiz", { topic: "sql" });
    const press = h.fake.interactions.button({ customId: question.buttons[0]?.customId ?? "" });
    await h.interact(press);
    const before = h.bot.events.length;
    const replay = await h.interact(press);
    expect(replay.calls).toHaveLength(0);
    expect(h.bot.events.length).toBe(before);
    expect(
      h.fake.calls.filter((c) => c.route === CALLBACK && c.path.includes(press.token)),
    ).toHaveLength(1);
  });

  test("GIVEN a store only this process owns THEN telling replays apart writes nothing to it", async () => {
    const inner = await openStore("memory://", silentLogger);
    const claimed: string[] = [];
    const store = storeWith(inner, {
      claim: (key, value, ttlMs) => {
        claimed.push(key);
        return inner.claim(key, value, ttlMs);
      },
    });
    h = await openDiscord({ store });
    const payload = h.fake.interactions.chatInput({ command: "skills", subcommand: "help" });
    expect((await h.interact(payload)).callbackType).toBe(4);
    expect((await h.interact(payload)).calls).toHaveLength(0);
    expect(claimed.filter((key) => key.includes(":event:"))).toEqual([]);
  });
});

/** A deadline the test fires when it chooses. */
function manualDeadline(): { deadline: Deadline; fire(): void } {
  let fire = () => {};
  return {
    deadline: (onElapsed) => {
      fire = onElapsed;
      return { cancel: () => {} };
    },
    fire: () => fire(),
  };
}

describe("Discord's clock", () => {
  test("GIVEN an answer not ready by the deadline THEN the reply is deferred ephemerally and edited when ready", async () => {
    const slow = slowStore(await openStore("memory://", silentLogger));
    const timer = manualDeadline();
    h = await openDiscord({ store: slow.store, deadline: timer.deadline });
    const payload = h.fake.interactions.chatInput({ command: "skills", subcommand: "profile" });
    const deferred = h.fake.nextCall({ route: CALLBACK });
    const exchange = h.interact(payload);
    await slow.holding;
    timer.fire();
    expect((await deferred).body).toEqual({ type: 5, data: { flags: 64 } });
    const edited = h.fake.nextCall({ route: EDIT_ORIGINAL });
    slow.release();
    const edit = await edited;
    expect(edit.path).toBe(`/webhooks/${h.fake.applicationId}/${payload.token}/messages/@original`);
    expect(edit.status).toBe(200);
    const seen = await exchange;
    expect(seen.text).toMatch(/haven't rated any skills yet/);
    expect(h.fake.message((edit.response as { id: string }).id)?.flags).toBe(64);
  });

  test("GIVEN an interaction Discord has forgotten (10062) THEN it is logged, not thrown, and nothing more is sent", async () => {
    h = await openDiscord();
    h.fake.failNext(
      { route: CALLBACK },
      { status: 404, code: DiscordErrorCode.UnknownInteraction, message: "Unknown interaction" },
    );
    const seen = await h.slash("help");
    expect(seen.calls.map((c) => c.status)).toEqual([404]);
    expect(h.log.entries.some((e) => e.level === "warn" && /expired/.test(e.msg))).toBe(true);
    expect(h.log.entries.some((e) => e.level === "error")).toBe(false);
    // The adapter is still answering.
    expect((await h.slash("help")).callbackType).toBe(4);
  });

  test("GIVEN a failure while answering THEN the person gets a short ephemeral apology", async () => {
    h = await openDiscord();
    h.fake.failNext(
      { route: CALLBACK },
      { status: 400, code: 50035, message: "Invalid Form Body" },
    );
    const seen = await h.slash("help");
    expect(seen.calls.map((c) => c.status)).toEqual([400, 204]);
    const apology = seen.messages.at(-1);
    expect(apology && isEphemeral(apology)).toBe(true);
    expect(seen.text).toMatch(/Sorry, something went wrong on my side/);
    expect(h.log.entries.some((e) => e.level === "error" && /interaction failed/.test(e.msg))).toBe(
      true,
    );
  });
});

describe("interactions Skillbot does not make", () => {
  test("GIVEN a select menu interaction (another app's leftovers, a stale message) THEN a short ephemeral pointer to /skills help, not Discord's failure", async () => {
    h = await openDiscord();
    const before = h.bot.events.length;
    const seen = await h.interact(
      h.fake.interactions.stringSelect({ customId: "menu|x", values: ["a"] }),
    );
    expect(seen.callbackType).toBe(4);
    expect(seen.text).toMatch(/\/skills help/);
    expect(seen.messages.every(isEphemeral)).toBe(true);
    expect(h.bot.events.length).toBe(before);
  });
});
