import type { IncomingEvent, Person, Where } from "../../src/core/events.ts";
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
