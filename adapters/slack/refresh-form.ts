import type { Context, ViewOutput, webApi } from "@slack/bolt";
import { FORM_IDS, FORM_OPENERS, type FormId } from "../../src/core/actions.ts";
import { type Destination, decodeModalState, encodeModalState } from "./destination.ts";
import { actionEvent, whereFor } from "./parse.ts";
import { modalView } from "./render-form.ts";
import { identify, type SlackDeps, work } from "./requests.ts";

const isFormId = (id: string): id is FormId => FORM_IDS.has(id);

/**
 * A choice changed in an open modal (the skill in the rating form). The core is asked for the
 * form again with that choice, as the form's opener button would ask (`rate.open` + the skill),
 * and the modal is updated in place: what it shows (the rubric) belongs to what is chosen.
 * Inputs keep their block and action ids, so Slack keeps what the person had already chosen.
 */
export async function refreshForm(
  deps: SlackDeps,
  client: webApi.WebClient,
  context: Context,
  user: string,
  view: ViewOutput,
  chosen: string,
): Promise<void> {
  const formId = view.callback_id;
  if (!isFormId(formId)) return;
  const state = decodeModalState(view.private_metadata);
  // Answers (and an apology) go where the form was asked for, only ever to this person.
  const to: Destination = { ...(state?.to ?? { publicOk: false }), user };
  // Nobody asked for it in words, and Save may have closed the modal first: a failure is logged.
  await work(
    deps,
    client,
    to,
    async () => {
      const asking = await identify(deps, client, context, user);
      const where = whereFor(to.channel, "private", to.thread);
      const event = actionEvent(asking, where, FORM_OPENERS[formId], chosen);
      const form = event && (await deps.bot.handle(event)).form;
      if (!form) {
        deps.log.warn({ form: formId }, "no form came back for a changed choice; modal left as is");
        return;
      }
      const metadata = encodeModalState({ ...(form.context ? { context: form.context } : {}), to });
      // No `hash`: of two quick changes the later must win, not fail on the earlier's update.
      await deps.calls.call("views.update", "idempotent", () =>
        client.views.update({ view_id: view.id, view: modalView(form, metadata) }),
      );
    },
    { failure: "Slack rating form could not be refreshed" },
  );
}
