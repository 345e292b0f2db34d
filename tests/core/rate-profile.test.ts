import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS, FORMS } from "../../src/core/actions.ts";
import { askedAt } from "../../src/features/confirmations.ts";
import { profileView } from "../../src/features/profile.ts";
import { keys } from "../../src/store/keys.ts";
import { asker, buttonsOf, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

describe("rate and profile", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it.each([
    ["rate k8s 2", "kubernetes"],
    ["rate sklearn 3", "scikit-learn"],
    ["rate hugging face 1", "hugging-face"],
    ["rate ci/cd 2", "ci-cd"],
  ])("GIVEN %j WHEN rated THEN it is saved on %s", async (text, skillId) => {
    await say(bot, "ana", text);
    const record = await bot.core.people.get({ platform: "slack", tenant: "T1", user: "ana" });
    expect(Object.keys(record.ratings)).toEqual([skillId]);
  });

  it.each([
    ["rate pyhton 4", "Python", "python:4"],
    ["rate stata 3", "Statistics", "statistics:3"],
  ])(
    "GIVEN %j (a skill read through a typo) THEN nothing is saved until the person picks %s",
    async (typed, name, value) => {
      const asked = await say(bot, "ana", typed);
      expect(textOf(asked)).toMatch(new RegExp(`Did you mean ${name}\\?`));
      const ana = { platform: "slack" as const, tenant: "T1", user: "ana" };
      expect((await bot.core.people.get(ana)).ratings).toEqual({});
      const [confirm] = buttonsOf(asked);
      expect(confirm?.value).toBe(askedAt(value, bot.clock.now()));
      await press(bot, "ana", confirm?.action ?? "", confirm?.value ?? "");
      const [skillId, level] = value.split(":");
      expect((await bot.core.people.get(ana)).ratings[skillId ?? ""]?.level).toBe(Number(level));
    },
  );

  // "rate python 3 and sql 2", a list with each level beside its skill, saves both
  // (ratings-listed-and-level-words-by-clause.test.ts); run together, they are asked about.
  it.each([
    ["rate sql 2 python 3", ["SQL", "Python"]],
    ["rate docker and kubernetes 3", ["Docker", "Kubernetes"]],
    ["rate python 4 sql 1", ["Python", "SQL"]],
  ])(
    "GIVEN %j (two ratings in one) THEN nothing is saved, and each skill gets a button to rate it",
    async (typed, names) => {
      const asked = await say(bot, "ana", typed);
      expect(textOf(asked)).toMatch(/One rating at a time/);
      expect(buttonsOf(asked).map((b) => [b.action, b.label])).toEqual(
        names.map((name) => [ACTIONS.rateOpen, name]),
      );
      const ana = { platform: "slack" as const, tenant: "T1", user: "ana" };
      expect((await bot.core.people.get(ana)).ratings).toEqual({});
    },
  );

  it.each([
    ["rate me 3 on pyhton", "python:3"],
    ["rate stata at level 3", "statistics:3"],
  ])(
    "GIVEN %j (a sentence naming a skill through a typo) THEN it asks first, and the button saves it",
    async (typed, value) => {
      const asked = await say(bot, "ana", typed);
      expect(textOf(asked)).toMatch(/Which skill did you mean/);
      const ana = { platform: "slack" as const, tenant: "T1", user: "ana" };
      expect((await bot.core.people.get(ana)).ratings).toEqual({});
      expect(buttonsOf(asked).map((b) => [b.action, b.value])).toEqual([
        [ACTIONS.rateSet, askedAt(value, bot.clock.now())],
      ]);
    },
  );

  it.each(["rate python 3/4", "rate python from 2 to 3"])(
    "GIVEN %j (one skill, two levels) THEN the rating form opens for that skill, nothing saved",
    async (typed) => {
      const asked = await say(bot, "ana", typed);
      expect(asked.form?.id).toBe(FORMS.rate);
      expect(asked.form?.fields.find((f) => f.id === "skill")?.initial).toBe("python");
      const ana = { platform: "slack" as const, tenant: "T1", user: "ana" };
      expect((await bot.core.people.get(ana)).ratings).toEqual({});
    },
  );

  it("GIVEN a rating WHEN saved THEN the reply shows the rubric line for that level", async () => {
    const reply = await say(bot, "ana", "rate python 3");
    const rubric = bot.core.kb.skill("python")?.rubric[3] ?? "";
    expect(textOf(reply)).toContain(rubric);
    expect(textOf(reply)).toMatch(/Python at 3 \(practitioner\)/);
  });

  it("GIVEN an earlier rating WHEN rated again THEN the reply shows the change, and only from this person's own rating", async () => {
    await say(bot, "bo", "rate python 4");
    const first = await say(bot, "ana", "rate python 1");
    expect(textOf(first)).toMatch(/Saved: Python at 1 \(aware\)/);
    const second = await say(bot, "ana", "rate python 3");
    expect(textOf(second)).toMatch(/Python 1 \(aware\) → 3 \(practitioner\)/);
  });

  it("GIVEN two people giving the same rating WHEN confirmed THEN both get one shared, frozen reply; a change from another level gets its own", async () => {
    const ana = await say(bot, "ana", "rate python 3");
    const bo = await say(bot, "bo", "rate python 3");
    expect(bo).toBe(ana);
    expect(Object.isFrozen(ana)).toBe(true);
    expect(Object.isFrozen(ana.blocks[0])).toBe(true);

    const change = await say(bot, "ana", "rate python 4");
    const first = await say(bot, "cy", "rate python 4");
    expect(textOf(change)).toMatch(/Python 3 \(practitioner\) → 4 \(expert\)/);
    expect(textOf(first)).toMatch(/Saved: Python at 4 \(expert\)/);
    expect(first).not.toBe(change);
  });

  it.each(["rate python 5", "rate python -1", "rate python 2.5", "rate python ten"])(
    "GIVEN a bad level %j WHEN rating THEN a friendly correction and nothing is saved",
    async (text) => {
      const reply = await say(bot, "ana", text);
      expect(textOf(reply)).toMatch(/isn't a level I understand|don't know a skill called/);
      const record = await bot.core.people.get({ platform: "slack", tenant: "T1", user: "ana" });
      expect(record.ratings).toEqual({});
    },
  );

  it("GIVEN a rating word WHEN rating THEN it counts as its level", async () => {
    await say(bot, "ana", "rate sql practitioner");
    expect(
      (await bot.core.people.get({ platform: "slack", tenant: "T1", user: "ana" })).ratings.sql
        ?.level,
    ).toBe(3);
  });

  it("GIVEN an ambiguous term WHEN rating THEN the person picks from buttons", async () => {
    const reply = await say(bot, "ana", "rate tree 3");
    expect(textOf(reply)).toMatch(/Did you mean Decision Trees/);
    const buttons = buttonsOf(reply);
    expect(buttons.length).toBeGreaterThan(1);
    expect(buttons.every((b) => b.action === ACTIONS.rateSet && /^[a-z-]+:3~/.test(b.value))).toBe(
      true,
    );
    await press(bot, "ana", ACTIONS.rateSet, buttons[0]?.value ?? "");
    const record = await bot.core.people.get({ platform: "slack", tenant: "T1", user: "ana" });
    expect(Object.values(record.ratings).map((r) => r.level)).toEqual([3]);
  });

  it("GIVEN no level WHEN rating THEN the rubric is offered as buttons and as a form", async () => {
    const reply = await say(bot, "ana", "rate docker");
    expect(reply.form?.fields.find((f) => f.id === "skill")?.initial).toBe("docker");
    expect(buttonsOf(reply).map((b) => b.value)).toEqual(
      ["docker:0", "docker:1", "docker:2", "docker:3", "docker:4"].map((v) =>
        askedAt(v, bot.clock.now()),
      ),
    );
  });

  it("GIVEN the rating form WHEN submitted THEN the rating is saved", async () => {
    const reply = await bot.bot.handle({
      type: "form",
      person: { platform: "slack", tenant: "T1", user: "ana" },
      where: { channel: "D", kind: "dm", audience: "private" },
      form: "rate.form",
      values: { skill: "numpy", level: "2" },
    });
    expect(textOf(reply)).toMatch(/NumPy at 2/);
  });

  it("GIVEN several ratings over time WHEN viewing the profile THEN ratings by area, gaps against the track and the last change", async () => {
    await say(bot, "ana", "rate python 2");
    bot.clock.advance(24 * 60 * 60 * 1000);
    await say(bot, "ana", "rate python 3");
    await say(bot, "ana", "rate statistics 1");
    const profile = await say(bot, "ana", "profile");
    const text = textOf(profile);
    expect(profile.visibility).toBe("private");
    expect(text.indexOf("Programming")).toBeLessThan(text.indexOf("Mathematics"));
    expect(text).toMatch(/Biggest gaps for ML Engineer/);
    expect(text).toMatch(/Last change: Statistics → 1 \(aware\) on 2026-11-27/);
    const history = await bot.core.people.history({ platform: "slack", tenant: "T1", user: "ana" });
    expect(history.map((h) => `${h.skillId}:${h.level}`)).toEqual([
      "python:2",
      "python:3",
      "statistics:1",
    ]);
  });

  it("GIVEN a record an earlier version wrote, its history inside WHEN viewing the profile THEN the last change still shows", async () => {
    const ana = { platform: "slack", tenant: "T1", user: "ana" } as const;
    await bot.store.set(keys.person(ana), {
      ratings: { sql: { level: 2, ratedAt: "2026-10-01T08:00:00.000Z" } },
      history: [
        { skillId: "sql", level: 1, at: "2026-09-01T08:00:00.000Z" },
        { skillId: "sql", level: 2, at: "2026-10-01T08:00:00.000Z" },
      ],
      mentor: false,
    });
    expect(textOf(await say(bot, "ana", "profile"))).toMatch(
      /Last change: SQL → 2 \(working\) on 2026-10-01/,
    );
    await say(bot, "ana", "rate sql 3");
    expect(textOf(await say(bot, "ana", "profile"))).toMatch(
      /Last change: SQL → 3 \(practitioner\) on 2026-11-26/,
    );
  });

  it("GIVEN mixed ratings WHEN gaps are ranked THEN biggest gap first, then higher target, then matrix order", async () => {
    await say(bot, "ana", "rate python 4");
    await say(bot, "ana", "rate sql 1");
    await say(bot, "ana", "rate statistics 2");
    const view = await profileView(bot.core, asker("ana"), undefined);
    const track = view.track;
    if (!track) throw new Error("the seed matrix has a default track");
    const skills = bot.core.kb.skills.map((s) => s.id);
    const levels = Object.fromEntries(
      Object.entries(view.record.ratings).map(([id, r]) => [id, r.level]),
    );
    const expected = Object.entries(track.targets)
      .map(([skillId, target]) => ({ skillId, level: levels[skillId] ?? 0, target }))
      .filter((g) => g.target > g.level)
      .sort(
        (a, b) =>
          b.target - b.level - (a.target - a.level) ||
          b.target - a.target ||
          skills.indexOf(a.skillId) - skills.indexOf(b.skillId),
      );
    expect(view.gaps).toEqual(expected);
    expect(view.gaps.some((g) => g.skillId === "python")).toBe(false);
    expect(new Set(view.gaps.map((g) => g.target - g.level)).size).toBeGreaterThan(1);
    // Asked for fewer, the biggest come first all the same.
    for (const limit of [1, 5, 40])
      expect((await profileView(bot.core, asker("ana"), undefined, limit)).gaps).toEqual(
        expected.slice(0, limit),
      );
  });

  it("GIVEN a chosen track WHEN viewing the profile THEN gaps are measured against it", async () => {
    await say(bot, "ana", "track mlops");
    const profile = await say(bot, "ana", "profile");
    expect(textOf(profile)).toMatch(/Biggest gaps for MLOps Engineer/);
    const other = await say(bot, "ana", "profile ml-engineer");
    expect(textOf(other)).toMatch(/Biggest gaps for ML Engineer/);
  });

  it("GIVEN a sentence instead of the command form WHEN rating THEN it is understood", async () => {
    const reply = await say(bot, "ana", "rate me 3 on sql");
    expect(textOf(reply)).toMatch(/SQL/);
    expect(
      (await bot.core.people.get({ platform: "slack", tenant: "T1", user: "ana" })).ratings.sql
        ?.level,
    ).toBe(3);
  });

  it("GIVEN a free-text rating request WHEN asked THEN the bot asks to confirm before saving", async () => {
    const reply = await say(bot, "ana", "I'm pretty good at SQL now, put me at 3");
    expect(buttonsOf(reply)).toEqual([
      expect.objectContaining({
        action: ACTIONS.rateSet,
        value: askedAt("sql:3", bot.clock.now()),
      }),
    ]);
    expect(
      (await bot.core.people.get({ platform: "slack", tenant: "T1", user: "ana" })).ratings,
    ).toEqual({});
  });
});
