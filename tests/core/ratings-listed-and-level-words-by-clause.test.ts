import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import {
  buttonsOf,
  newPerson,
  person,
  press,
  say,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

/**
 * Several ratings typed at once ("rate python 3, sql 2, git 3") are saved, each as `rate <skill>
 * <level>` would, and the reply lists each. A level word binds to its own clause: "decent at
 * docker, weak at kotlin" offers Docker at 2, not the 1 of the other half.
 */
let bot: TestBot;
beforeAll(async () => {
  bot = await testBot();
});

const levels = async (user: string) =>
  Object.fromEntries(
    Object.entries((await bot.core.people.get(person(user))).ratings).map(([id, r]) => [
      id,
      r.level,
    ]),
  );

describe("several ratings typed at once", () => {
  it.each([
    // the reviewer's
    ["rate python 3, sql 2, git 3", { python: 3, sql: 2, git: 3 }],
    ["rate python 3, sql 2", { python: 3, sql: 2 }],
    // variants
    ["rate docker 1 and kubernetes 0", { docker: 1, kubernetes: 0 }],
    ["rate pandas 2, numpy 3 and git 1", { pandas: 2, numpy: 3, git: 1 }],
    ["rate sql 2; python 4", { sql: 2, python: 4 }],
  ])("GIVEN %j WHEN typed THEN each is saved and listed", async (typed, expected) => {
    const user = newPerson("list");
    const reply = await say(bot, user, typed);
    expect(await levels(user)).toEqual(expected);
    const shown = textOf(reply);
    expect(shown).not.toMatch(/Why it matters|One rating at a time/);
    for (const id of Object.keys(expected)) {
      const skill = bot.core.kb.skill(id);
      expect(shown).toContain(skill?.name);
    }
  });

  it("GIVEN python rated 1 WHEN `rate python 3, sql 2` THEN the change is listed", async () => {
    const user = newPerson("list");
    await say(bot, user, "rate python 1");
    expect(textOf(await say(bot, user, "rate python 3, sql 2"))).toMatch(/Python 1 \(aware\) → 3/);
  });

  it("GIVEN a level out of range in the list WHEN typed THEN nothing is saved", async () => {
    const user = newPerson("list");
    const reply = await say(bot, user, "rate python 3, sql 7");
    expect(textOf(reply)).toMatch(/0.*4/);
    expect(await levels(user)).toEqual({});
  });

  it.each([
    "python 3",
    "chapter 1, section 2",
    "python 3 vs python 2",
    "I'm strong in pytorch and weak in tensorflow",
  ])("GIVEN %j WHEN typed THEN nothing is saved", async (typed) => {
    const user = newPerson("near");
    await say(bot, user, typed);
    expect(await levels(user)).toEqual({});
  });
});

const offered = (reply: Reply) => ({
  text: textOf(reply).split("\n")[0],
  saves: buttonsOf(reply).filter((b) => b.action === ACTIONS.rateSet).length,
});

describe("a level word binds to its own clause", () => {
  it.each([
    // the reviewer's
    ["I'm decent at docker, weak at kotlin", "Set Docker to 2"],
    // variants
    ["I'm good at docker, bad at kotlin", "Set Docker to 3"],
    ["I'm weak at kotlin but decent at docker", "Set Docker to 2"],
    ["I'm a 3 in docker, kotlin maybe 1", "Set Docker to 3"],
  ])("GIVEN %j WHEN said THEN %s is offered", async (typed, expected) => {
    const user = newPerson("clause");
    const reply = await say(bot, user, typed);
    expect(offered(reply)).toEqual({ text: expect.stringContaining(expected), saves: 1 });
    await press(bot, user, ACTIONS.rateSet, buttonsOf(reply)[0]?.value ?? "");
    expect(Object.keys(await levels(user))).toEqual(["docker"]);
  });

  it.each([
    ["I'm decent at docker", "Set Docker to 2"],
    ["I'm pretty good at docker", "Set Docker to 3"],
  ])("GIVEN %j WHEN said THEN %s is still offered", async (typed, expected) => {
    expect(offered(await say(bot, newPerson("clause"), typed)).text).toContain(expected);
  });
});

/** A mobile team's matrix whose language names are everyday words (Swift, Go). */
function writeMobileMatrix(): string {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-mobile-"));
  mkdirSync(join(dir, "skills"));
  writeFileSync(
    join(dir, "matrix.yaml"),
    "id: mobile\nname: Mobile Team\nareas:\n  - id: apps\n    name: Apps\n    summary: Building apps.\n",
  );
  const skill = (id: string, name: string) => `
  - id: ${id}
    name: "${name}"
    areaId: apps
    aliases: []
    summary: ${name} for the team.
    prerequisites: []
    rubric:
      1: Has seen it.
      2: Uses it with help.
      3: Uses it alone.
      4: Teaches it.`;
  const skills = [skill("swift", "Swift"), skill("kotlin", "Kotlin"), skill("go", "Go")];
  writeFileSync(join(dir, "skills", "all.yaml"), `skills:${skills.join("")}\n`);
  return dir;
}

describe("'<level word> at <skill>' names a skill that is an everyday word", () => {
  let mobile: TestBot;
  beforeAll(async () => {
    mobile = await testBot({ env: { SKILLBOT_MATRIX: writeMobileMatrix() } });
  });
  const named = (typed: string) => mobile.bot.analyse(typed).namedSkills.map((s) => s.id);

  it.each([
    // the reviewer's
    ["I'm decent at swift, weak at kotlin", ["swift", "kotlin"]],
    // variants
    ["I'm decent at swift", ["swift"]],
    ["weak at go", ["go"]],
    ["I'm solid at swift", ["swift"]],
  ])("GIVEN %j WHEN analysed THEN %j are named", (typed, expected) => {
    expect(named(typed)).toEqual(expected);
  });

  it("GIVEN `I'm decent at swift` WHEN said THEN Swift at 2 is offered", async () => {
    expect(offered(await say(mobile, "m1", "I'm decent at swift")).text).toContain(
      "Set Swift to 2",
    );
  });

  it.each(["the bird was swift", "a swift reply please", "we should go"])(
    "GIVEN %j WHEN analysed THEN no skill is named",
    (typed) => {
      expect(named(typed)).toEqual([]);
    },
  );
});
