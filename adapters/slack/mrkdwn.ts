import { cutWhole, instantSeconds, type RichText, type Span } from "../../src/core/rich-text.ts";

/**
 * Slack's mrkdwn treats `<…>` as mentions and links (`<!channel>`, `<@U1>`), so every character
 * we did not write is escaped: `&`, `<` and `>` are the only three Slack asks for.
 */
function escapeEntities(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Slack has no escape for its formatting markers: a `*`, `_`, `~` or `` ` `` someone typed would
 * pair with the next one, maybe the bot's own (`"`oops" … `help``). Each becomes a character
 * that looks the same and formats nothing.
 */
const LOOKALIKES: Readonly<Record<string, string>> = { "*": "∗", _: "ˍ", "~": "∼", "`": "ˋ" };

/** Text we did not write, shown as it was typed: no mentions, links or formatting. */
export function escapeMrkdwn(text: string): string {
  return escapeEntities(text).replace(/[*_~`]/g, (marker) => LOOKALIKES[marker] ?? marker);
}

/** How to show a teammate: a mention where nobody else can be notified, else the name. */
export type MentionStyle = "mention" | "name";

const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;
/** Public and private channels (C…, G…): `<#C123>` shows the channel's name, as a link. */
const SLACK_CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/** Only web links from the matrix become links; the URL may not break out of `<url|label>`. */
function linkTarget(url: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return url.replace(/[|<>]/g, (c) => encodeURIComponent(c));
}

/** `*`, `_` and `` ` `` only format when they hug the text, so spaces move outside the markers. */
function wrap(body: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(body);
  const [, lead = "", core = "", trail = ""] = match ?? [];
  return core ? `${lead}${marker}${core}${marker}${trail}` : body;
}

/** Code as typed: entities escaped, a backtick (which would end it early) shown by its lookalike. */
const codeText = (text: string) => escapeEntities(text).replace(/`/g, LOOKALIKES["`"] ?? "`");

function span(s: Span, mentions: MentionStyle): string {
  if (s.user !== undefined && mentions === "mention" && SLACK_USER_ID.test(s.user))
    return `<@${s.user}>`;
  if (s.channel !== undefined && SLACK_CHANNEL_ID.test(s.channel)) return `<#${s.channel}>`;
  // Inside code only a backtick would end it early: the rest shows as typed.
  const body = s.code ? codeText(s.text) : escapeMrkdwn(s.text);
  // Each reader's own time and date ("5:30 PM tomorrow", read after "at" or "question"); the
  // text where Slack cannot.
  const seconds = instantSeconds(s);
  if (seconds !== undefined) return `<!date^${seconds}^{time} {date_short_pretty}|${body}>`;
  const target = s.link === undefined ? undefined : linkTarget(s.link);
  if (target) return `<${target}|${body}>`;
  if (s.code) return wrap(body, "`");
  let out = body;
  if (s.italic) out = wrap(out, "_");
  if (s.bold) out = wrap(out, "*");
  return out;
}

export function mrkdwn(text: RichText, mentions: MentionStyle): string {
  return text.map((s) => span(s, mentions)).join("");
}

/**
 * Cuts escaped mrkdwn to `max` characters without splitting an entity (`&amp;`), a
 * `<link|label>` or an emoji, which Slack would show as broken text; ends with an ellipsis.
 */
export function fitMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = cutWhole(text, Math.max(0, max - 1));
  const openEntity = cut.lastIndexOf("&");
  if (openEntity > cut.lastIndexOf(";")) cut = cut.slice(0, openEntity);
  const openLink = cut.lastIndexOf("<");
  if (openLink > cut.lastIndexOf(">")) cut = cut.slice(0, openLink);
  return `${cut}…`;
}

/** Plain text (plain_text objects, which Slack never parses for mentions) cut to `max`. */
export function fitPlain(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * What a person typed, from Slack's encoded message text: mentions and links become the words
 * they show as, entities are decoded, and mentions of the bot itself are dropped, with the
 * comma or colon that addresses it ("@Skillbot: profile", "hey @Skillbot, rate sql 2").
 */
export function textFromSlack(encoded: string, botUserId?: string): string {
  return encoded
    .replace(
      /<@([A-Z0-9]+)(?:\|([^>]*))?>(\s*[,:;])?/gi,
      (_, id: string, label: string | undefined, addressing: string | undefined) =>
        id === botUserId ? " " : `@${label || id}${addressing ?? ""}`,
    )
    .replace(/<#([A-Z0-9]+)(?:\|([^>]*))?>/gi, (_, id: string, label?: string) => `#${label || id}`)
    .replace(/<!subteam\^([A-Z0-9]+)(?:\|([^>]*))?>/gi, (_, id: string, label?: string) =>
      label ? label : `@${id}`,
    )
    .replace(/<!([a-z]+)(?:\^[^|>]*)?(?:\|([^>]*))?>/gi, (_, word: string, label?: string) =>
      label ? label : `@${word}`,
    )
    .replace(/<([a-z][a-z0-9+.-]*:[^|>]*)(?:\|([^>]*))?>/gi, (_, url: string, label?: string) =>
      label ? label : url,
    )
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
