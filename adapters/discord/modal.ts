import {
  type APILabelComponent,
  type APIModalInteractionResponseCallbackData,
  type APITextDisplayComponent,
  ComponentType,
  TextInputStyle,
} from "discord.js";
import type { FormField, FormOption, FormRequest } from "../../src/core/reply.ts";
import { modalCustomId } from "./custom-id.ts";
import { DISCORD_LIMITS as L } from "./limits.ts";
import { escapeMarkdown, truncate } from "./markdown.ts";
import { discordText } from "./messages.ts";

/**
 * A core form as a Discord modal: each field in a label, as a radio group (2–10 choices), a
 * select (up to 25) or a text input the server re-validates (more choices than Discord can
 * list). Preset fields ride in the custom_id. Descriptions too long for Discord's option limits
 * are shown whole in a text block above, so the rubric is never cut. Undefined when the form
 * cannot be shown as a modal (the caller falls back to the reply's blocks). `server`: the guild
 * a modal opened in a DM acts for (see custom-id.ts).
 */
export function renderModal(
  form: FormRequest,
  server?: string,
): APIModalInteractionResponseCallbackData | undefined {
  const presets = Object.fromEntries(
    form.fields.flatMap((f) =>
      f.initial !== undefined && !fitsAsChoice(f) ? [[f.id, f.initial]] : [],
    ),
  );
  const customId = modalCustomId(form.id, form.context, presets, server);
  if (!customId) return undefined;
  const asked = form.fields.filter((f) => !(f.id in presets));
  const notes = [
    ...form.fields.filter((f) => f.id in presets).map((f) => presetLine(f)),
    ...asked.flatMap(longDescriptions),
  ];
  const components: (APILabelComponent | APITextDisplayComponent)[] = [];
  if (notes.length > 0)
    components.push({
      type: ComponentType.TextDisplay,
      content: truncate(notes.join("\n"), L.textDisplay),
    });
  components.push(...asked.map(labelFor));
  if (components.length > L.modalComponents || asked.length === 0) return undefined;
  return { custom_id: customId, title: truncate(form.title, L.modalTitle), components };
}

const fitsAsChoice = (f: FormField) => f.options.length <= L.selectOptions;

function presetLine(field: FormField): string {
  const option = field.options.find((o) => o.value === field.initial);
  return `**${escapeMarkdown(field.label)}:** ${escapeMarkdown(option?.label ?? field.initial ?? "")}`;
}

function longDescriptions(field: FormField): string[] {
  if (!field.options.some((o) => (o.description?.length ?? 0) > L.selectOptionText)) return [];
  return field.options.map(
    (o) =>
      `**${escapeMarkdown(o.label)}**${o.description ? ` — ${escapeMarkdown(o.description)}` : ""}`,
  );
}

function choice(option: FormOption, initial: string | undefined) {
  return {
    value: option.value.slice(0, L.selectOptionText),
    label: truncate(option.label, L.selectOptionText),
    ...(option.description
      ? { description: truncate(option.description, L.selectOptionText) }
      : {}),
    ...(option.value === initial ? { default: true } : {}),
  };
}

function labelFor(field: FormField): APILabelComponent {
  const label = truncate(field.label, L.labelText);
  const { options, initial } = field;
  if (
    field.kind === "radio" &&
    options.length >= L.radioOptions.min &&
    options.length <= L.radioOptions.max
  )
    return {
      type: ComponentType.Label,
      label,
      component: {
        type: ComponentType.RadioGroup,
        custom_id: field.id,
        options: options.map((o) => choice(o, initial)),
        required: true,
      },
    };
  if (fitsAsChoice(field))
    return {
      type: ComponentType.Label,
      label,
      component: {
        type: ComponentType.StringSelect,
        custom_id: field.id,
        options: options.map((o) => choice(o, initial)),
        min_values: 1,
        max_values: 1,
      },
    };
  return {
    type: ComponentType.Label,
    label,
    description: truncate(discordText.typeAName, L.labelDescription),
    component: {
      type: ComponentType.TextInput,
      custom_id: field.id,
      style: TextInputStyle.Short,
      required: true,
      max_length: 100,
    },
  };
}
