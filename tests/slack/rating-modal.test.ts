// The rating modal shows the whole rubric of the skill being rated, and only that skill's: when
// the person picks another skill, the modal is updated with its rubric.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RUBRIC_LEVELS } from "../../src/knowledge/schema.ts";
import {
  buttonPress,
  interactionDelivery,
  staticSelectValue,
  type ViewStateValues,
  viewOutput,
  viewSubmission,
} from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack();
});
afterEach(async () => {
  await h.close();
});

type SentView = {
  callback_id: string;
  private_metadata: string;
  blocks: {
    type: string;
    block_id?: string;
    dispatch_action?: boolean;
    element?: { type: string; initial_option?: { value: string } };
  }[];
};
const VIEW_ID = "V0RATEFORM1";

const rubricOf = (skillId: string) => {
  const skill = h.booted.core.kb.skill(skillId);
  if (!skill) throw new Error(`no skill ${skillId}`);
  return RUBRIC_LEVELS.map((level) => skill.rubric[level]);
};
const picker = (view: SentView) => view.blocks.find((b) => b.block_id === "skill");

/** The person picks `skillId` in the open modal's skill picker (Slack sends block_actions). */
async function pick(view: SentView, skillId: string, values: ViewStateValues = {}) {
  const press = buttonPress({
    actionId: "skill",
    blockId: "skill",
    view: viewOutput({
      callbackId: view.callback_id,
      viewId: VIEW_ID,
      privateMetadata: view.private_metadata,
      values: { ...values, skill: { skill: staticSelectValue(skillId) } },
    }),
  });
  const selected = {
    type: "static_select",
    action_id: "skill",
    block_id: "skill",
    selected_option: { text: { type: "plain_text", text: skillId }, value: skillId },
    action_ts: "1700000001.000000",
  };
  const ack = await h.post(interactionDelivery({ ...press, actions: [selected] }));
  expect(ack.status).toBe(200);
  const update = await h.fake.nextCall("views.update");
  expect(update.body.view_id).toBe(VIEW_ID);
  return update.body.view as SentView;
}

const level = (value: string) => ({
  level: {
    type: "radio_buttons",
    selected_option: { text: { type: "plain_text", text: value }, value },
  } as const,
});

describe("the rating modal's rubric", () => {
  it("GIVEN rate python WHEN the modal opens THEN Python's rubric is shown in full and the picker reports changes", async () => {
    await h.slash("rate python");
    const view = (await h.fake.nextCall("views.open")).body.view as SentView;
    const seen = blocksText(view.blocks);
    for (const line of rubricOf("python")) expect(seen).toContain(line);
    expect(picker(view)?.element?.initial_option?.value).toBe("python");
    expect(picker(view)?.dispatch_action).toBe(true);
  });

  it("GIVEN rate python WHEN SQL is picked instead and submitted THEN the modal shows SQL's rubric, not Python's, and SQL is saved where /skills was typed", async () => {
    const { responseUrl } = await h.slash("rate python");
    const opened = (await h.fake.nextCall("views.open")).body.view as SentView;
    const updated = await pick(opened, "sql");
    const seen = blocksText(updated.blocks);
    for (const line of rubricOf("sql")) expect(seen).toContain(line);
    for (const line of rubricOf("python")) expect(seen).not.toContain(line);
    expect(picker(updated)?.element?.initial_option?.value).toBe("sql");

    await h.post(
      interactionDelivery(
        viewSubmission({
          callbackId: updated.callback_id,
          privateMetadata: updated.private_metadata,
          values: { skill: { skill: staticSelectValue("sql") }, ...{ level: level("3") } },
        }),
      ),
    );
    const saved = await h.answerAt(responseUrl);
    expect(blocksText(saved.body.blocks)).toMatch(/Saved: SQL at 3 \(practitioner\)/);
  });

  it("GIVEN rate without a skill WHEN the modal opens and a skill is picked THEN the picked skill's rubric appears", async () => {
    await h.slash("rate");
    const opened = (await h.fake.nextCall("views.open")).body.view as SentView;
    expect(picker(opened)?.element?.initial_option).toBeUndefined();
    const updated = await pick(opened, "python");
    for (const line of rubricOf("python")) expect(blocksText(updated.blocks)).toContain(line);
  });
});
