// Who a message would notify, by Slack's rules: `<!channel>`, `<!here>`, `<!everyone>` and user
// groups always; a user mention (`<@U…>`) unless the message is ephemeral (only one person sees
// it); plain `@channel` words only when the app asked Slack to link names (`link_names`,
// `parse: full`) or left a mrkdwn text object's `verbatim` off.
import type { RecordedCall } from "./recorder.ts";
import { RESPONSE_URL } from "./web-api.ts";

const SPECIAL = /<!(channel|here|everyone|subteam\^[A-Z0-9]+)(\|[^>]*)?>/g;
const USER = /<@([UW][A-Z0-9]+)(\|[^>]*)?>/g;
const WORDS = /(^|\s)@(channel|here|everyone)\b/g;

const MESSAGE_METHODS = new Set([
  "chat.postMessage",
  "chat.postEphemeral",
  "chat.update",
  RESPONSE_URL,
]);

/** Every mrkdwn text in a message (top-level `text` included), with whether Slack links names in it. */
function texts(body: Record<string, unknown>): { text: string; linksNames: boolean }[] {
  const linksNames =
    body.link_names === true || body.link_names === "true" || body.parse === "full";
  const found: { text: string; linksNames: boolean }[] = [];
  if (typeof body.text === "string") found.push({ text: body.text, linksNames });
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const type = Reflect.get(node, "type");
    const text = Reflect.get(node, "text");
    if (type === "mrkdwn" && typeof text === "string")
      found.push({ text, linksNames: linksNames || Reflect.get(node, "verbatim") !== true });
    for (const value of Object.values(node)) visit(value);
  };
  visit(body.blocks);
  return found;
}

function isEphemeral(call: RecordedCall): boolean {
  if (call.method === "chat.postEphemeral") return true;
  return call.method === RESPONSE_URL && call.body.response_type !== "in_channel";
}

/** Each notification the recorded messages would trigger, e.g. `<!channel>` or `<@U123>`. */
export function pingsIn(calls: readonly RecordedCall[]): string[] {
  const pings: string[] = [];
  for (const call of calls) {
    if (!MESSAGE_METHODS.has(call.method)) continue;
    for (const { text, linksNames } of texts(call.body)) {
      for (const m of text.matchAll(SPECIAL)) pings.push(m[0]);
      if (!isEphemeral(call)) for (const m of text.matchAll(USER)) pings.push(m[0]);
      if (linksNames) for (const m of text.matchAll(WORDS)) pings.push(`@${m[2]}`);
    }
  }
  return pings;
}
