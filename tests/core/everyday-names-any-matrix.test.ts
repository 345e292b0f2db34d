import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DM, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/**
 * A reliability and frontend team's own matrix, whose names are everyday English words (Go,
 * Helm, Chef, React, "on call"), not the ML words the everyday-word rules were first fitted to.
 */
function writeTeamMatrix(): string {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-team-"));
  mkdirSync(join(dir, "skills"));
  writeFileSync(
    join(dir, "matrix.yaml"),
    `id: team
name: Platform and Web Team
areas:
  - id: platform
    name: Platform
    summary: Running services.
  - id: web
    name: Web
    summary: Building pages.
`,
  );
  const skill = (id: string, name: string, area: string, aliases: string[] = []) => `
  - id: ${id}
    name: "${name}"
    areaId: ${area}
    aliases: [${aliases.map((a) => `"${a}"`).join(", ")}]
    summary: ${name} for the team.
    prerequisites: []
    rubric:
      1: Has seen it.
      2: Uses it with help.
      3: Uses it alone.
      4: Teaches it.`;
  const skills = [
    skill("go", "Go", "platform", ["golang"]),
    skill("rust", "Rust", "platform"),
    skill("r", "R", "platform"),
    skill("python", "Python", "platform"),
    skill("bash", "Bash", "platform", ["shell"]),
    skill("helm", "Helm", "platform", ["helm charts"]),
    skill("puppet", "Puppet", "platform"),
    skill("chef", "Chef", "platform"),
    skill("capacity-planning", "Capacity Planning", "platform", ["capacity"]),
    skill("on-call", "On-call", "platform", ["on call", "pager"]),
    skill("postmortems", "Postmortems", "platform", ["postmortem"]),
    skill("statistics", "Statistics", "platform", ["stats"]),
    skill("ab-testing", "A/B Testing", "platform", ["split testing"]),
    skill("data-cleaning", "Data Cleaning", "platform"),
    skill("react-core", "React Components", "web", ["react", "jsx"]),
    skill("linting", "Linting and Formatting", "web", ["eslint", "prettier"]),
    skill("code-review", "Code Review", "web", ["reviews"]),
    skill("communication", "Communication", "web", ["writing"]),
    skill("typescript", "TypeScript", "web", ["ts"]),
  ];
  writeFileSync(join(dir, "skills", "all.yaml"), `skills:${skills.join("")}\n`);
  return dir;
}

let bot: TestBot;
const named = (text: string) => bot.bot.analyse(text).namedSkills.map((s) => s.id);

beforeAll(async () => {
  bot = await testBot({ env: { SKILLBOT_MATRIX: writeTeamMatrix() } });
});

describe("a skill name that is an everyday English word is chat unless the sentence is about skills (a team's own matrix)", () => {
  it.each([
    // the reviewer's messages
    "where do I go for help?",
    "I want to go",
    "should I go?",
    "my kid has a puppet",
    "the chef made pasta",
    "I'm at the helm of this project",
    "I have no capacity this sprint",
    "my shell is broken",
    "I'm on call this week",
    "can you react to this message please",
    "thanks for the reviews!",
    "great writing!",
    // variants of our own
    "time to go home",
    "ready to go in 2 minutes",
    "the chef was great last night",
    "we are on call for the weekend",
    "did you see how they react to it",
  ])("GIVEN %j WHEN analysed THEN no skill is named", (text) => {
    expect(named(text)).toEqual([]);
  });

  it.each([
    ["where do I go for help?", "Go"],
    ["the chef made pasta", "Chef"],
  ])("GIVEN %j WHEN said THEN the reply is not the %s card", async (text, card) => {
    const heading = (await say(bot, "u-chat", text, DM)).blocks.find((b) => b.kind === "heading");
    expect(heading?.kind === "heading" ? heading.text : "").not.toMatch(new RegExp(`^${card}`));
  });

  it.each([
    // the reviewer's real questions
    ["what is helm", "helm"],
    ["who knows puppet", "puppet"],
    ["how do I learn react", "react-core"],
    ["go concurrency", "go"],
    ["I'm good at go", "go"],
    ["how do I manage state in python", "python"],
    ["how do I write a good postmortem", "postmortems"],
    // variants of our own
    ["what is chef", "chef"],
    ["tell me about puppet", "puppet"],
    ["helm charts for the api", "helm"],
    ["go vs rust", "go"],
    ["who knows react", "react-core"],
    ["I'm pretty good at react", "react-core"],
    ["how can I improve my statistics", "statistics"],
    ["on call", "on-call"],
  ])("GIVEN %j WHEN analysed THEN it names %s first", (text, skill) => {
    expect(named(text)[0]).toBe(skill);
  });
});

describe("a common word is never a typo of another name (a team's own matrix)", () => {
  it.each([
    ["I'm pretty good at react", ["react-core"]],
    ["I'm pretty new to typescript", ["typescript"]],
    ["any tips on painting the canvas faster", []],
    ["how do I manage state in python", ["python"]],
    ["how do I write a good postmortem", ["postmortems"]],
    // variants of our own
    ["pretty sure I know typescript well", ["typescript"]],
    ["the state of our python code", ["python"]],
  ])("GIVEN %j WHEN analysed THEN the named skills are %j", (text, skills) => {
    expect(named(text)).toEqual(skills);
  });

  it("GIVEN 'I'm pretty good at react' WHEN said THEN no 'one rating at a time' question", async () => {
    expect(textOf(await say(bot, "u-pretty", "I'm pretty good at react", DM))).not.toMatch(
      /One rating at a time/,
    );
  });

  it.each([
    ["who can help with pythn", "python"],
    ["how do I learn postmortms", "postmortems"],
    ["eslnt config tips", "linting"],
  ])("GIVEN a real typo %j WHEN analysed THEN it still names %s", (text, skill) => {
    expect(named(text)).toContain(skill);
  });

  it("GIVEN an exact name later and a typo earlier WHEN analysed THEN the exact name ranks first", () => {
    expect(bot.core.index.mentions("pythn or postmortems")[0]?.id).toBe("postmortems");
  });
});

describe("a name with a slash is found as typed (a team's own matrix)", () => {
  it.each([
    "a/b testing",
    "what is a/b testing",
    "I'm good at a/b testing",
    "how do I learn a/b testing",
    "any a/b testing mentors?",
    "A/B testing for the checkout page",
  ])("GIVEN %j WHEN analysed THEN it names A/B Testing", (text) => {
    expect(named(text)).toContain("ab-testing");
  });

  it("GIVEN 'how do I learn a/b testing' WHEN said THEN the path is for A/B Testing", async () => {
    expect(textOf(await say(bot, "u-ab", "how do I learn a/b testing", DM))).toMatch(
      /A\/B Testing/,
    );
  });

  it("GIVEN two tools joined by a slash WHEN analysed THEN both are named, not one", () => {
    expect(named("python/typescript")).toEqual(["python", "typescript"]);
  });
});

describe("rating sentences for skills named Go, R, Rust (a team's own matrix)", () => {
  it.each([
    ["rate me 3 on go", "Go"],
    ["rate me 2 on r", "R"],
    ["rate me 1 on rust", "Rust"],
  ])("GIVEN %j WHEN said THEN the rating is saved", async (text, skill) => {
    expect(textOf(await say(bot, "u-rate", text, DM))).toMatch(new RegExp(`^Saved: ${skill} `));
  });

  it.each([
    ["set go to 3", "go"],
    ["my go is 3", "go"],
    ["I'm a 3 in go", "go"],
    ["go: 3", "go"],
    ["my r is 2", "r"],
    ["I'm a 2 in rust", "rust"],
    ["what level am I in go", "go"],
  ])("GIVEN %j WHEN analysed THEN it names %s", (text, skill) => {
    expect(named(text)).toEqual([skill]);
  });

  it.each(["I'll go in 2 minutes", "give me 2 minutes to go"])(
    "GIVEN a count that is not a level, %j, WHEN analysed THEN Go is not named",
    (text) => {
      expect(named(text)).toEqual([]);
    },
  );
});

describe("typos in names that start with a small word (a team's own matrix)", () => {
  it.each([
    ["who can help with data cleanign", "data-cleaning"],
    ["how do I learn data claening", "data-cleaning"],
    ["data cleening tips", "data-cleaning"],
  ])("GIVEN %j WHEN analysed THEN it names %s", (text, skill) => {
    expect(named(text)).toContain(skill);
  });

  it("GIVEN 'who can help with data cleanign' WHEN said THEN the mentors of Data Cleaning", async () => {
    expect(textOf(await say(bot, "u-data", "who can help with data cleanign", DM))).toMatch(
      /^Mentors for Data Cleaning/,
    );
  });

  it.each(["who can help with data", "how do I store data"])(
    "GIVEN %j WHEN analysed THEN Data Cleaning is not named",
    (text) => {
      expect(named(text)).not.toContain("data-cleaning");
    },
  );
});
