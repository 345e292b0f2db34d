// A skill picked in the rating modal, then Save pressed before the refresh's views.update
// reaches Slack: Slack answers views.update for a closed modal with an error (scripted here as
// not_found). The refresh only showed a rubric: its failure is logged, not apologised for.
import { afterEach, beforeEach, expect, it } from "vitest";
import {
  buttonPress,
  interactionDelivery,
  staticSelectValue,
  viewOutput,
} from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack();
});
afterEach(async () => {
  await h.close();
});

it("GIVEN a skill picked in the rating modal WHEN its rubric refresh fails (Save closed the modal first) THEN the person gets no apology: it was only a display refresh", async () => {
  await h.slash("rate python");
  const view = (await h.fake.nextCall("views.open")).body.view as {
    callback_id: string;
    private_metadata: string;
  };
  h.fake.failNext("views.update", { error: "not_found" });
  const press = buttonPress({
    actionId: "skill",
    blockId: "skill",
    view: viewOutput({
      callbackId: view.callback_id,
      viewId: "V0RATEFORM1",
      privateMetadata: view.private_metadata,
      values: { skill: { skill: staticSelectValue("sql") } },
    }),
  });
  const selected = {
    type: "static_select",
    action_id: "skill",
    block_id: "skill",
    selected_option: { text: { type: "plain_text", text: "sql" }, value: "sql" },
    action_ts: "1700000001.000000",
  };
  await h.post(interactionDelivery({ ...press, actions: [selected] }));
  await h.adapter.stop();
  const sent = [
    ...h.fake.callsTo("chat.postMessage"),
    ...h.fake.callsTo("chat.postEphemeral"),
    ...h.fake.callsTo("response_url"),
  ];
  // Expected: a modal that no longer exists needs no apology (it is only a display refresh).
  expect(sent).toEqual([]);
});
