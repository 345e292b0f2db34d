import { describe, expect, it } from "vitest";
import {
  buttonsOf,
  headingOf,
  MLOPS_PERSON,
  press,
  say,
  sayAll,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

let people = 0;
const someone = () => `s21-${people++}`;

async function lastReplyOf(bot: TestBot, user: string, lines: readonly string[]) {
  let last = await say(bot, user, lines[0] ?? "");
  for (const line of lines.slice(1)) last = await say(bot, user, line);
  return last;
}

describe("N7: thanks with a compliment is small talk", () => {
  for (const said of ["thanks, you're the best", "thank you, you rock!", "thx, you're awesome"])
    it(`WHEN they say "${said}" THEN a short friendly reply`, async () => {
      const bot = await testBot();
      expect(textOf(await say(bot, someone(), said))).toMatch(/Glad to help/);
      await bot.close();
    });
  it('near-miss: "thanks, what is docker?" still explains Docker', async () => {
    const bot = await testBot();
    expect(headingOf(await say(bot, someone(), "thanks, what is docker?"))).toMatch(/Docker/);
    await bot.close();
  });
});

describe("N5: enough quizzes declines the quiz", () => {
  for (const said of [
    "ok enough quizzes for today",
    "enough questions for now",
    "that's enough quiz for me",
  ])
    it(`GIVEN a question shown WHEN "${said}" THEN no new question, a friendly stop`, async () => {
      const bot = await testBot();
      const reply = await lastReplyOf(bot, someone(), ["quiz me on kubernetes", said]);
      expect(headingOf(reply) ?? "").not.toMatch(/^Quiz/);
      expect(textOf(reply)).toMatch(/no quiz/i);
      await bot.close();
    });
  it('near-miss: "enough theory, quiz me on docker" is a Docker question', async () => {
    const bot = await testBot();
    expect(headingOf(await say(bot, someone(), "enough theory, quiz me on docker"))).toMatch(
      /^Quiz: Docker/,
    );
    await bot.close();
  });
});

describe("N4: 'that was hard' after a question", () => {
  for (const said of ["that was hard", "wow that one was really tough", "that was difficult"])
    it(`GIVEN a level-2 question WHEN "${said}" THEN an easier question`, async () => {
      const bot = await testBot();
      const reply = await lastReplyOf(bot, someone(), ["quiz me on kubernetes", "harder", said]);
      expect(headingOf(reply)).toBe("Quiz: Kubernetes (level 1)");
      await bot.close();
    });
  for (const said of ["that was hard to read", "the deploy was hard today"])
    it(`near-miss: "${said}" starts no quiz`, async () => {
      const bot = await testBot();
      const reply = await lastReplyOf(bot, someone(), ["quiz me on kubernetes", said]);
      expect(headingOf(reply) ?? "").not.toMatch(/^Quiz/);
      await bot.close();
    });
});

describe("N6: second corrections of a rating", () => {
  for (const said of ["hmm actually 3 was right", "3 was correct after all", "ok 3 is right"])
    it(`GIVEN pandas rated 3 then corrected to 2 WHEN "${said}" THEN Set pandas to 3 is offered`, async () => {
      const bot = await testBot();
      const user = someone();
      await say(bot, user, "rate pandas 3");
      const offer = await say(bot, user, "no wait, 2");
      const save = buttonsOf(offer).find((b) => b.label === "Save");
      expect(save).toBeDefined();
      if (save) await press(bot, user, save.action, save.value);
      const reply = await say(bot, user, said);
      expect(textOf(reply)).toMatch(/Set pandas to 3/);
      await bot.close();
    });
  for (const said of [
    "no, docker was right but make it 3",
    "docker is right, but make it 3",
    "keep docker but make it a 3",
  ])
    it(`GIVEN "I'm a 2 in docker" offered WHEN "${said}" THEN Set Docker to 3 is offered`, async () => {
      const bot = await testBot();
      const reply = await lastReplyOf(bot, someone(), ["I'm a 2 in docker", said]);
      expect(textOf(reply)).toMatch(/Set Docker to 3/);
      await bot.close();
    });
  for (const said of ["make it 2 pm", "python 3 times a week", "3 was the hardest question"])
    it(`near-miss: "${said}" offers no rating`, async () => {
      const bot = await testBot();
      const reply = await lastReplyOf(bot, someone(), ["rate pandas 3", said]);
      expect(textOf(reply)).not.toMatch(/^Set /);
      await bot.close();
    });
});

describe("N1: 'and after that?' after a track's path goes on with the track", () => {
  const MOBILE = { env: { SKILLBOT_MATRIX: "tests/fixtures/mobile-engineer" } };
  for (const [start, next] of [
    ["i just joined the ios team, where do I start?", "and after that?"],
    ["path ios", "ok and then?"],
    ["what should I learn for the ios track?", "what comes next after that?"],
  ] as const)
    it(`GIVEN "${start}" (five steps) WHEN "${next}" THEN the track's remaining target, not the end`, async () => {
      const bot = await testBot(MOBILE);
      const reply = await lastReplyOf(bot, someone(), [start, next]);
      expect(textOf(reply)).not.toMatch(/end of the path/);
      expect(textOf(reply)).toMatch(/App Release/);
      await bot.close();
    });
  it("near-miss: a path that already showed every target still says it is the end", async () => {
    const bot = await testBot(MOBILE);
    const user = someone();
    await say(bot, user, "path ios");
    await say(bot, user, "and after that?");
    const end = await say(bot, user, "and after that?");
    expect(textOf(end)).toMatch(/end of the path|App Release/);
    await bot.close();
  });
});

describe("N2/N8: a path for someone new is the general one", () => {
  for (const said of [
    "and for someone joining mlops?",
    "and for a new hire on the mlops track?",
    "what about someone new to mlops?",
  ])
    it(`GIVEN a path shown WHEN "${said}" THEN the general MLOps path, no mentors`, async () => {
      const bot = await testBot();
      const user = someone();
      await sayAll(bot, user, MLOPS_PERSON);
      const reply = await lastReplyOf(bot, user, ["path", said]);
      expect(headingOf(reply)).toMatch(/^Next steps in MLOps/);
      expect(textOf(reply)).not.toMatch(/Ordered by your/);
      await bot.close();
    });
  for (const said of [
    "my new hire starts monday, what should they learn first?",
    "we have a new joiner next week, where should they start?",
    "what should a newcomer learn first?",
  ])
    it(`GIVEN a rated person on the MLOps track WHEN "${said}" THEN the general path of the default track`, async () => {
      const bot = await testBot();
      const user = someone();
      await sayAll(bot, user, MLOPS_PERSON);
      const reply = await say(bot, user, said);
      expect(headingOf(reply)).toMatch(/^Next steps in /);
      expect(headingOf(reply)).not.toMatch(/^Your/);
      expect(textOf(reply)).not.toMatch(/Ordered by your/);
      await bot.close();
    });
  for (const said of ["I'm a new hire, what should I learn first?", "what should I learn first?"])
    it(`near-miss: "${said}" is still the asker's own path`, async () => {
      const bot = await testBot();
      const user = someone();
      await sayAll(bot, user, MLOPS_PERSON);
      expect(headingOf(await say(bot, user, said))).toMatch(/^Your next steps in MLOps/);
      await bot.close();
    });
  it('near-miss: "and for mlops?" after mentors still lists mentors', async () => {
    const bot = await testBot();
    const reply = await lastReplyOf(bot, someone(), ["mentors for python", "and for docker?"]);
    expect(headingOf(reply)).toMatch(/Mentors/);
    await bot.close();
  });
});
