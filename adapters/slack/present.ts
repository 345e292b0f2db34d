import type { webApi } from "@slack/bolt";
import type { Logger } from "../../src/core/ports.ts";
import { type FormRequest, type Reply, withFormOpener } from "../../src/core/reply.ts";
import type { Delivery } from "./deliver.ts";
import { type Destination, encodeModalState } from "./destination.ts";
import { modalView } from "./render-form.ts";
import type { SlackCalls } from "./web-api.ts";

export type Presentation = {
  client: webApi.WebClient;
  to: Destination;
  /** Slack's trigger_id: a modal can only be opened with one, within 3 s of the click. */
  trigger?: string | undefined;
};

/**
 * Shows a reply the Slack way. Forms open as modals when there is a trigger. Without a
 * trigger, or when Slack refuses the modal, the reply is sent as a message with a button that
 * opens the form on the next click.
 */
export async function present(
  p: Presentation,
  reply: Reply,
  deps: { delivery: Delivery; calls: SlackCalls; log: Logger },
): Promise<void> {
  if (p.trigger && reply.form && (await openModal(p, p.trigger, reply.form, deps))) return;
  await deps.delivery.send(p.client, withFormOpener(reply), p.to);
}

async function openModal(
  p: Presentation,
  trigger: string,
  form: FormRequest,
  deps: { calls: SlackCalls; log: Logger },
): Promise<boolean> {
  const state = encodeModalState({ ...(form.context ? { context: form.context } : {}), to: p.to });
  try {
    // A trigger_id is single-use and expires in 3 s: never retried.
    await deps.calls.call("views.open", "once", () =>
      p.client.views.open({ trigger_id: trigger, view: modalView(form, state) }),
    );
    return true;
  } catch (error) {
    deps.log.warn({ err: error, form: form.id }, "views.open failed; answering with a message");
    return false;
  }
}
