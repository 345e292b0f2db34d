import type { types } from "@slack/bolt";
import { text } from "../../src/core/messages.ts";
import type { FormField, FormOption, FormRequest, Reply } from "../../src/core/reply.ts";
import { SLACK_LIMITS as L } from "./limits.ts";
import { escapeMrkdwn, fitPlain } from "./mrkdwn.ts";
import { chunk, renderBlocks, section, splitLines } from "./render.ts";

const plainText = (value: string, max: number): types.PlainTextElement => ({
  type: "plain_text",
  text: fitPlain(value, max),
});

/**
 * A form as a modal: one input block per field, block_id and action_id both the field's id.
 * Choosing in a picker tells the app (`dispatch_action`), which shows the form again for that
 * choice (refresh-form.ts): the rubric under the levels is always the picked skill's.
 */
export function modalView(form: FormRequest, privateMetadata: string): types.ModalView {
  return {
    type: "modal",
    callback_id: form.id,
    title: plainText(form.title, L.modalTitle),
    submit: plainText(form.submitLabel, L.modalButton),
    close: plainText(text.slackFormCancel, L.modalButton),
    private_metadata: privateMetadata,
    blocks: form.fields.flatMap(fieldBlocks),
  };
}

/** The person's own App Home: their private reply, with the view's larger block allowance. */
export function homeView(reply: Reply): types.HomeView {
  return {
    type: "home",
    blocks: renderBlocks(reply.blocks, { surface: "view", mentions: "mention" }),
  };
}

function fieldBlocks(field: FormField): types.KnownBlock[] {
  if (field.kind === "select") return [inputBlock(field, select(field), true)];
  if (field.options.length > L.radioOptions) return [inputBlock(field, select(field), false)];
  // A rubric line cut to an option's 75 characters hides what the level means: listed whole.
  const listed = field.options.some(
    (o) => o.description !== undefined && [...o.description].length > L.optionDescription,
  );
  return listed
    ? [...descriptionList(field), inputBlock(field, radios(field, false), false)]
    : [inputBlock(field, radios(field, true), false)];
}

function inputBlock(
  field: FormField,
  element: types.InputBlock["element"],
  dispatch: boolean,
): types.InputBlock {
  return {
    type: "input",
    block_id: field.id,
    label: plainText(field.label, L.inputLabel),
    element,
    ...(dispatch ? { dispatch_action: true } : {}),
  };
}

/** Each option with its whole description, above the choices. */
function descriptionList(field: FormField): types.KnownBlock[] {
  const lines = usable(field.options).map(
    (o) => `*${escapeMrkdwn(o.label)}*${o.description ? ` — ${escapeMrkdwn(o.description)}` : ""}`,
  );
  return splitLines(lines.join("\n"), L.sectionText).map(section);
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

function radios(field: FormField, withDescriptions: boolean): types.RadioButtons {
  const options = usable(field.options).map((o) => option(o, withDescriptions));
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
