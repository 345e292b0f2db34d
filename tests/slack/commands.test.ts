import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  FAKE_CHANNEL,
  interactionDelivery,
  RESPONSE_URL,
  type RecordedCall,
  staticSelectValue,
  viewSubmission,
} from "../fakes/slack/index.ts";
import { FAKE_USER, openSlack, type SlackHarness } from "./harness.ts";
import { blocksText, buttonsIn } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack();
});
afterEach(async () => {
  await h.close();
});

/** `/skills <text>` and the ephemeral answer the person sees. */
async function ask(text: string, user: string = FAKE_USER.id): Promise<RecordedCall> {
  const { ack, responseUrl } = await h.slash(text, { user });
  expect(ack.status).toBe(200);
  const answer = await h.answerAt(responseUrl);
  expect(answer.body.response_type).toBe("ephemeral");
  return answer;
}
const seen = (call: RecordedCall) => blocksText(call.body.blocks);

describe("/skills subcommands", () => {
  it("GIVEN help WHEN typed THEN every command is listed, only to the person", async () => {
    const answer = await ask("help");
    expect(seen(answer)).toMatch(/rate <skill> <0-4>/);
    expect(seen(answer)).toMatch(/mentor on\|off/);
    expect(seen(answer)).toMatch(/forget me/);
  });

  it("GIVEN a question in plain words WHEN asked THEN the answer is a learning path", async () => {
    expect(seen(await ask("what should I learn for MLOps"))).toMatch(
      /next steps in MLOps Engineer/i,
    );
  });

  it("GIVEN path with a track or an area WHEN asked THEN the path is for that topic", async () => {
    expect(seen(await ask("path mlops"))).toMatch(/next steps in MLOps Engineer/i);
    expect(seen(await ask("path mathematics"))).toMatch(/next steps in Mathematics/i);
  });

  it("GIVEN rate with a level WHEN typed THEN it is saved and the profile shows it", async () => {
    expect(seen(await ask("rate python 3"))).toMatch(/Saved: Python at 3 \(practitioner\)/);
    const profile = await ask("profile");
    expect(seen(profile)).toMatch(/Skill profile: ada/);
    expect(seen(profile)).toMatch(/Python — 3 → 4 \(expert\)/);
    expect(seen(profile)).toMatch(/Biggest gaps/);
  });

  it("GIVEN mentor on, a rating and mentor <skill> WHEN a teammate asks THEN the mentor is listed", async () => {
    expect(seen(await ask("mentor on", "U0MENTOR01"))).toMatch(/now listed as a mentor/);
    await ask("rate pytorch 4", "U0MENTOR01");
    expect(seen(await ask("mentor pytorch"))).toMatch(/@U0MENTOR01/);
    expect(seen(await ask("mentor off", "U0MENTOR01"))).toMatch(/no longer listed/);
    expect(seen(await ask("mentor pytorch"))).toMatch(/Nobody has offered/);
  });

  it("GIVEN quiz with a topic WHEN asked THEN a question with one button per option", async () => {
    const question = await ask("quiz sql");
    expect(seen(question)).toMatch(/Quiz: SQL/);
    const buttons = buttonsIn(question.body.blocks);
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    expect(new Set(buttons.map((b) => b.actionId)).size).toBe(buttons.length);
  });

  it("GIVEN forget me WHEN confirmed with the button THEN the person's data is gone", async () => {
    await ask("rate sql 2");
    const asked = await ask("forget me");
    const confirm = buttonsIn(asked.body.blocks).find((b) => /Delete my data/.test(b.label));
    if (!confirm) throw new Error("no confirm button");
    const { responseUrl } = await h.press({ actionId: confirm.actionId, value: confirm.value });
    expect(seen(await h.answerAt(responseUrl ?? ""))).toMatch(/deleted everything/);
    expect(seen(await ask("profile"))).toMatch(/haven't rated any skills yet/);
  });
});

describe("rating modal", () => {
  it("GIVEN rate <skill> without a level WHEN typed THEN the modal opens with the skill picked, its rubric and the levels as radio buttons", async () => {
    const { responseUrl, triggerId } = await h.slash("rate python");
    const opened = await h.fake.nextCall("views.open");
    expect(opened.body.trigger_id).toBe(triggerId);
    const view = opened.body.view as { callback_id: string; blocks: unknown[] };
    expect(view.callback_id).toBe("rate.form");
    const blocks = view.blocks as {
      block_id?: string;
      element: { type: string; initial_option?: { value: string }; options: unknown[] };
    }[];
    const skill = blocks.find((b) => b.block_id === "skill");
    const level = blocks.find((b) => b.block_id === "level");
    expect(skill?.element.initial_option?.value).toBe("python");
    expect(level?.element.type).toBe("radio_buttons");
    expect(blocksText(view.blocks)).toMatch(/Reads simple scripts/);
    expect(h.fake.callsTo(RESPONSE_URL).filter((c) => c.url === responseUrl)).toEqual([]);
  });

  it("GIVEN the modal WHEN submitted THEN the rating is saved and confirmed where /skills was typed", async () => {
    const { responseUrl } = await h.slash("rate");
    const opened = await h.fake.nextCall("views.open");
    const view = opened.body.view as { private_metadata: string; blocks: { element: object }[] };
    expect(view.blocks[0]?.element).not.toHaveProperty("initial_option");
    const submit = viewSubmission({
      callbackId: "rate.form",
      privateMetadata: view.private_metadata,
      values: {
        skill: { skill: staticSelectValue("sql", "SQL") },
        level: {
          level: {
            type: "radio_buttons",
            selected_option: { text: { type: "plain_text", text: "2" }, value: "2" },
          },
        },
      },
    });
    const ack = await h.post(interactionDelivery(submit));
    expect(ack.status).toBe(200);
    const confirmed = await h.answerAt(responseUrl);
    expect(confirmed.body.response_type).toBe("ephemeral");
    expect(seen(confirmed)).toMatch(/Saved: SQL at 2 \(working\)/);
  });

  it("GIVEN Slack refuses the modal WHEN rate <skill> is typed THEN the rubric comes as buttons instead", async () => {
    h.fake.failNext("views.open", { error: "expired_trigger_id" });
    const answer = await ask("rate python");
    expect(seen(answer)).toMatch(/How would you rate yourself in Python/);
    expect(buttonsIn(answer.body.blocks).map((b) => b.label)).toContain("3 practitioner");
  });
});

describe("quiz buttons", () => {
  it("GIVEN a question WHEN an option is pressed twice THEN one answer counts, both answers are ephemeral, the question is not replaced", async () => {
    const question = await ask("quiz sql");
    const [first, second] = buttonsIn(question.body.blocks);
    if (!first || !second) throw new Error("no options");
    const a = await h.press({
      actionId: first.actionId,
      value: first.value,
      channelId: FAKE_CHANNEL.id,
    });
    const b = await h.press({ actionId: first.actionId, value: first.value });
    const c = await h.press({ actionId: second.actionId, value: second.value });
    const answers = await Promise.all([a, b, c].map((p) => h.answerAt(p.responseUrl ?? "")));
    expect(answers.map((x) => x.body.response_type)).toEqual([
      "ephemeral",
      "ephemeral",
      "ephemeral",
    ]);
    expect(answers.map((x) => x.body.replace_original)).toEqual([false, false, false]);
    expect(seen(answers[0] as RecordedCall)).toMatch(/Correct!|Not quite/);
    expect(seen(answers[1] as RecordedCall)).toMatch(/already answered/);
    expect(seen(answers[2] as RecordedCall)).toMatch(/already answered/);
    expect(seen(await ask("profile"))).toMatch(/Quiz answers: 1,/);
    expect(h.fake.callsTo("chat.postMessage")).toEqual([]);
  });
});
