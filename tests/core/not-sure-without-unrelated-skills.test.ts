import { beforeAll, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { buttonsOf, DM, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/**
 * Chat the bot does not understand gets an honest "not sure" and the help hint. The closest
 * skills (found by sharing a description's words) are offered only when the message may ask
 * about a topic: a word that is not everyday English, or a request about a skill.
 */
let bot: TestBot;
const offered = async (text: string) =>
  buttonsOf(await say(bot, "u-chat", text, DM))
    .filter((b) => b.action === ACTIONS.explainSkill)
    .map((b) => b.value);

beforeAll(async () => {
  bot = await testBot();
});

describe("chat answered 'not sure' offers no unrelated skills (shipped matrix)", () => {
  it.each([
    // The reviewer's messages.
    "can you book a meeting room?",
    "ugh my code is broken",
    "testing the mic, can you hear me?",
    "my head is in the cloud today",
    "communication with my landlord is hard",
    "compare me with the team",
    // Variants of our own.
    "is the coffee machine working again?",
    "my laptop died during the meeting",
    "the weather in the cloud city is nice",
  ])("GIVEN %j WHEN said THEN 'not sure' with the help hint and no skills", async (text) => {
    const reply = await say(bot, "u-chat", text, DM);
    expect(textOf(reply)).toMatch(/^I'm not sure/);
    expect(await offered(text)).toEqual([]);
  });

  it.each([
    // Near misses: a topic asked about, or a word no chat uses, still gets the closest skills.
    ["what is fine-tuning", "hugging-face"],
    ["what's a good way to handle imbalanced classes", "svm"],
    ["my model keeps overfitting", "numpy"],
  ])("GIVEN %j WHEN said THEN %s is among the skills offered", async (text, skill) => {
    expect(await offered(text)).toContain(skill);
  });

  it.each([
    ["how do I get better at deep learning", /Closest: PyTorch or Keras/],
    ["kubernets", /^Kubernetes/],
  ])("GIVEN %j WHEN said THEN the answer is still %s", async (text, answer) => {
    expect(textOf(await say(bot, "u-keep", text, DM))).toMatch(answer);
  });
});
