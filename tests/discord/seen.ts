import type { RecordedCall } from "../fakes/discord/index.ts";

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
type Button = { type: number; label?: string; custom_id?: string; style?: number };
type Row = { type: number; components?: Button[] };
/** A message body as the bot sent it (create, edit, interaction response or follow-up). */
export type SentMessage = {
  content?: string;
  embeds?: Embed[];
  components?: Row[];
  flags?: number;
  allowed_mentions?: {
    parse?: string[];
    users?: string[];
    roles?: string[];
    replied_user?: boolean;
  };
  message_reference?: unknown;
};

const EPHEMERAL = 1 << 6;

/** The message a REST call sends: interaction callbacks carry it in `data`. */
export function sentMessage(call: RecordedCall): SentMessage | undefined {
  const body = (call.body ?? {}) as Record<string, unknown>;
  if (call.route?.endsWith("/callback")) {
    return body.type === 4 || body.type === 7 ? ((body.data ?? {}) as SentMessage) : undefined;
  }
  const messageRoutes = [
    "POST /channels/:channelId/messages",
    "PATCH /channels/:channelId/messages/:messageId",
    "POST /webhooks/:applicationId/:token",
    "PATCH /webhooks/:applicationId/:token/messages/:messageId",
  ];
  return call.route && messageRoutes.includes(call.route) ? (body as SentMessage) : undefined;
}

export const isEphemeral = (message: SentMessage) => ((message.flags ?? 0) & EPHEMERAL) !== 0;

/**
 * What a person reads, as plain text: mentions shown as @name (as Discord's client does),
 * subtext and link markup dropped, unescaped formatting markers removed, escapes resolved.
 */
export function plainText(
  markdown: string,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const shown = markdown
    .replace(/<@!?(\d+)>/g, (_, id: string) => `@${names.get(id) ?? id}`)
    .replace(/^-# /gm, "")
    .replace(/(?<!\\)\[([^\]]*)\]\(<?[^)>]*>?\)/g, "$1");
  let out = "";
  for (let i = 0; i < shown.length; i++) {
    const c = shown[i] ?? "";
    const next = shown[i + 1];
    if (c === "\\" && next !== undefined && /[^A-Za-z0-9\s]/.test(next)) {
      out += next;
      i++;
    } else if (!"*_`~|".includes(c)) out += c;
  }
  return out;
}

export function messageText(message: SentMessage, names?: ReadonlyMap<string, string>): string {
  const parts = [message.content ?? ""];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title ?? "", embed.description ?? "");
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return plainText(parts.filter(Boolean).join("\n"), names);
}

export function buttonsOf(message: SentMessage): Button[] {
  return (message.components ?? [])
    .flatMap((row) => row.components ?? [])
    .filter((c) => c.type === 2);
}
