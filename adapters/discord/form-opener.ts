import { ACTIONS, type ActionId, FORMS, type FormId } from "../../src/core/actions.ts";
import type { Core } from "../../src/core/context.ts";
import type { IncomingEvent } from "../../src/core/events.ts";
import type { Reply } from "../../src/core/reply.ts";

/** The button that asks the core for each form again: pressing it is an interaction, which can open a modal. */
const OPENERS: Readonly<Record<FormId, ActionId>> = { [FORMS.rate]: ACTIONS.rateOpen };

/**
 * A form cannot open from a message (mention, DM) or after a deferred or modal answer: show a
 * button that opens it instead, unless the reply already offers buttons of its own.
 */
export function withFormOpener(reply: Reply): Reply {
  const form = reply.form;
  if (!form || reply.blocks.some((b) => b.kind === "buttons")) return reply;
  const preset = form.fields.find((f) => f.initial !== undefined)?.initial ?? "";
  return {
    ...reply,
    blocks: [
      ...reply.blocks,
      {
        kind: "buttons",
        buttons: [{ action: OPENERS[form.id], value: preset, label: form.title, style: "primary" }],
      },
    ],
  };
}

/**
 * `/skills rate skill:x` without a level: on Discord the level is picked in a modal showing the
 * skill's rubric, which the core opens for the rate-open action. A skill that does not resolve
 * stays a command, so the core answers with its correction or the choices.
 */
export function rateWithoutLevelOpensForm(core: Core, event: IncomingEvent): IncomingEvent {
  if (event.type !== "command" || event.command.name !== "rate") return event;
  const { skill, level } = event.command;
  if (!skill || level !== undefined) return event;
  const found = core.index.resolve(skill, ["skill"]);
  if (found.kind !== "found") return event;
  const { command: _command, type: _type, ...base } = event;
  return { ...base, type: "action", action: ACTIONS.rateOpen, value: found.ref.id };
}
