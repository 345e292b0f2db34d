import type { ViewOutput } from "@slack/bolt";
import {
  type IncomingEvent,
  IncomingEventSchema,
  type Person,
  type Where,
} from "../../src/core/events.ts";
import { actionFrom } from "./action-ids.ts";
import { isDirectMessage } from "./destination.ts";

/** A payload we cannot turn into an event (an id Slack should never send, an oversized value). */
export class SlackPayloadRejected extends Error {
  override name = "SlackPayloadRejected";
  readonly code = "SlackPayloadRejected";
}

/** Who is asking, once users.info (or the admin list) has been consulted. */
export type Asking = {
  person: Person;
  canManageChannel: boolean;
  /** Slack could not say just now whether the person is a workspace admin (users.info failed). */
  adminUnknown?: true;
  timezone?: string;
};

/**
 * A `block_actions` payload that carries no action: Slack sends one now and then (nothing was
 * pressed), and no action listener can match it.
 */
export function isActionlessBlockActions(body: object): boolean {
  if (!("type" in body) || body.type !== "block_actions") return false;
  return "actions" in body && Array.isArray(body.actions) && body.actions.length === 0;
}

/** The tenant is the Enterprise Grid org when there is one (user ids span its workspaces), else the team. */
export function tenantOf(ids: { teamId?: string | undefined; enterpriseId?: string | undefined }) {
  return ids.enterpriseId || ids.teamId || undefined;
}

/** Neutral text and buttons become events; longer text than the core accepts is cut, not refused. */
const MAX_TEXT = 4000;

export function whereFor(
  channel: string | undefined,
  audience: Where["audience"],
  thread?: string,
): Where {
  return {
    channel: channel ?? "home",
    kind: channel === undefined || isDirectMessage(channel) ? "dm" : "channel",
    audience,
    ...(thread ? { thread } : {}),
  };
}

/** `/skills …`, a mention or a DM: text the core's command parser reads. */
export function textEvent(asking: Asking, where: Where, text: string): IncomingEvent {
  return checked({ type: "text", ...base(asking, where), text: text.slice(0, MAX_TEXT) });
}

/** A button press; undefined for an action_id this adapter never sent. */
export function actionEvent(
  asking: Asking,
  where: Where,
  actionId: string,
  value: string,
): IncomingEvent | undefined {
  const action = actionFrom(actionId);
  if (action === undefined) return undefined;
  return checked({ type: "action", ...base(asking, where), action, value });
}

/** The same person, in the same place, pressing `action`: how the adapter asks for a form. */
export function pressBy(event: IncomingEvent, action: string, value: string): IncomingEvent {
  const { person, where, canManageChannel, timezone } = event;
  return checked({
    type: "action",
    person,
    where,
    ...(canManageChannel === undefined ? {} : { canManageChannel }),
    ...(timezone ? { timezone } : {}),
    action,
    value,
  });
}

/** A modal submission: each input block's chosen value, by block id (the form field's id). */
export function formEvent(
  asking: Asking,
  where: Where,
  view: ViewOutput,
  context: string | undefined,
): IncomingEvent {
  return checked({
    type: "form",
    ...base(asking, where),
    form: view.callback_id,
    values: formValues(view),
    ...(context ? { context } : {}),
  });
}

export function formValues(view: ViewOutput): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(view.state.values)) {
    for (const state of Object.values(actions)) {
      const value = state.selected_option?.value ?? state.value;
      if (typeof value === "string") values[blockId] = value;
    }
  }
  return values;
}

function base(asking: Asking, where: Where) {
  const { person, canManageChannel, timezone } = asking;
  return { person, where, canManageChannel, ...(timezone ? { timezone } : {}) };
}

function checked(candidate: IncomingEvent): IncomingEvent {
  const parsed = IncomingEventSchema.safeParse(candidate);
  if (!parsed.success)
    throw new SlackPayloadRejected(
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    );
  return parsed.data;
}
