import type { RecordedCall } from "../fakes/discord/index.ts";
import { sentMessage } from "./seen.ts";

/**
 * Every notification Discord would deliver for the messages sent, by its rules: mentions are
 * read from `content` only (embeds never ping), escaping does not stop them, and without
 * `allowed_mentions` everything parses and a reply pings its author.
 */
export function pingsIn(calls: readonly RecordedCall[]): string[] {
  const pings: string[] = [];
  for (const call of calls) {
    const message = sentMessage(call);
    if (!message) continue;
    const content = message.content ?? "";
    const allowed = message.allowed_mentions;
    const parse = allowed ? (allowed.parse ?? []) : ["everyone", "users", "roles"];
    const where = `${call.method} ${call.path}`;
    for (const match of content.matchAll(/@(everyone|here)/g))
      if (parse.includes("everyone")) pings.push(`@${match[1]} in ${where}`);
    for (const [, id = ""] of content.matchAll(/<@!?(\d+)>/g))
      if (parse.includes("users") || allowed?.users?.includes(id))
        pings.push(`user ${id} in ${where}`);
    for (const [, id = ""] of content.matchAll(/<@&(\d+)>/g))
      if (parse.includes("roles") || allowed?.roles?.includes(id))
        pings.push(`role ${id} in ${where}`);
    if (message.message_reference && (allowed ? allowed.replied_user === true : true))
      pings.push(`replied user in ${where}`);
  }
  return pings;
}
