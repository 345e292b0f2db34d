import type { types } from "@slack/bolt";
import { text } from "../../src/core/messages.ts";
import type { FormField, FormOption, FormRequest, Reply } from "../../src/core/reply.ts";
import { SLACK_LIMITS as L } from "./limits.ts";
import { fitPlain } from "./mrkdwn.ts";
import { chunk, renderBlocks } from "./render.ts";

const plainText = (value: string, max: number): types.PlainTextElement => ({
  type: "plain_text",
  text: fitPlain(value, max),
});

/** A form as a modal: one input block per field, block_id and action_id both the field's id. */
export function modalView(form: FormRequest, privateMetadata: string): types.ModalView {
  return {
    type: "modal",
    callback_id: form.id,
    title: plainText(form.title, L.modalTitle),
    submit: plainText(form.submitLabel, L.modalButton),
    close: plainText(text.slackFormCancel, L.modalButton),
    private_metadata: privateMetadata,
    blocks: form.fields.map(inputBlock),
  };
}

/** The person's own App Home: their private reply, with the view's larger block allowance. */
export function homeView(reply: Reply): types.HomeView {
  return {
    type: "home",
    blocks: renderBlocks(reply.blocks, { surface: "view", mentions: "mention" }),
  };
}

function inputBlock(field: FormField): types.InputBlock {
  return {
    type: "input",
    block_id: field.id,
    label: plainText(field.label, L.inputLabel),
    element:
      field.kind === "radio" && field.options.length <= L.radioOptions
        ? radios(field)
        : select(field),
  };
}

/** Options whose value would not fit are left out: a cut value would name something else. */
const usable = (options: readonly FormOption[]) =>
  options.filter((o) => o.value.length > 0 && o.value.length <= L.optionValue);

function option(o: FormOption, withDescription: boolean): types.PlainTextOption {
  return {
    text: plainText(o.label, L.optionText),
    value: o.value,
    ...(withDescription && o.description
      ? { description: plainText(o.description, L.optionDescription) }
      : {}),
  };
}

function radios(field: FormField): types.RadioButtons {
  const options = usable(field.options).map((o) => option(o, true));
  const initial = options.find((o) => o.value === field.initial);
  return {
    type: "radio_buttons",
    action_id: field.id,
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
}

/** Up to 100 options in one list; more are paged into groups of 100 ("1–100", "101–200"…). */
function select(field: FormField): types.StaticSelect {
  const options = usable(field.options).map((o) => option(o, false));
  const initial = options.find((o) => o.value === field.initial);
  const base = {
    type: "static_select" as const,
    action_id: field.id,
    placeholder: plainText(field.label, L.optionText),
    ...(initial ? { initial_option: initial } : {}),
  };
  if (options.length <= L.selectOptions) return { ...base, options };
  const groups = chunk(options, L.selectOptions)
    .slice(0, L.optionGroups)
    .map((group, i) => ({
      label: plainText(
        text.slackOptionGroup(i * L.selectOptions + 1, i * L.selectOptions + group.length),
        L.optionText,
      ),
      options: group,
    }));
  return { ...base, option_groups: groups };
}
