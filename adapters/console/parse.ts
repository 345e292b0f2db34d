import {
  type IncomingEvent,
  type Person,
  PersonSchema,
  type Where,
} from "../../src/core/events.ts";
import type { Button } from "../../src/core/reply.ts";

export const CONSOLE_TENANT = "local";
export const CONSOLE_WHERE: Where = { channel: "console", kind: "console", audience: "private" };

export function consolePerson(user: string, displayName?: string): Person {
  return {
    platform: "console",
    tenant: CONSOLE_TENANT,
    user,
    ...(displayName ? { displayName } : {}),
  };
}

/**
 * Who the console speaks for when nobody says: the login name ($USER) when it can be a person id
 * (a store key, so no spaces), else "me". An id the store cannot hold would fail half-way through
 * a rating, after part of it was saved.
 */
export function consoleUserFrom(env: { USER?: string | undefined }): string {
  return env.USER && PersonSchema.shape.user.safeParse(env.USER).success ? env.USER : "me";
}

/** A typed line: a number presses the matching button of the last reply, anything else is text. */
export function eventFromLine(
  line: string,
  choices: readonly Button[],
  person: Person,
): IncomingEvent {
  const trimmed = line.trim();
  const pressed = /^\d{1,4}$/.test(trimmed) ? choices[Number(trimmed) - 1] : undefined;
  if (pressed)
    return {
      type: "action",
      person,
      where: CONSOLE_WHERE,
      action: pressed.action,
      value: pressed.value,
    };
  return { type: "text", person, where: CONSOLE_WHERE, text: trimmed };
}
