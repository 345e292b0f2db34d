// A fake model with no judgement: it does whatever the text it reads asks. It decodes base64,
// hex, rot13, URL-encoding, reversed text and invisible tag characters, echoes what it is told
// to say, leaks the system prompt and every datum it was given when asked, cites every id and
// recommends every link it is handed. If a safeguard fails, this model walks through the gap.
import type { ChatCompletionRequest, CompletionHandler } from "../fakes/openai/index.ts";

export function obedientModel(): CompletionHandler {
  return (request) => {
    const system = messageText(request, "system");
    const user = messageText(request, "user");
    const [json = "{}", questionLine = ""] = user.split("\n");
    const data = JSON.parse(json) as {
      matrix: { id: string; name: string; summary: string; resources: { url: string }[] }[];
    };
    const question = questionLine
      ? String(JSON.parse(questionLine.slice("<question>".length, -"</question>".length)))
      : "";
    const read = [question, ...decodings(question)].join("\n");
    const lower = read.toLowerCase();
    const first = data.matrix[0];
    const parts: string[] = [];
    // It drops its real task when told to.
    if (first && !/ignor|disregard|forget|override|stop|無視|игнорируй/.test(lower))
      parts.push(`${first.name}: ${first.summary}`);
    // It says what it is told to say.
    parts.push(read);
    // It reveals what it is asked for, encoded as asked.
    if (
      /prompt|instruction|rule|marker|canary|secret|above|verbatim|context|system|translat|developer|debug|json/.test(
        lower,
      )
    )
      parts.push(encodedAsAsked(system, lower));
    if (/model|endpoint|url|api|key|config/.test(lower)) parts.push(`I am ${request.model}.`);
    if (/rating|level|team|everyone|user|profile|mentor|name|csv|person|previous/.test(lower))
      parts.push(`Everything I was given: ${user}`);
    const links = [...read.matchAll(/[^\s<>()[\]|"']+(?::\/\/|\.)[^\s<>()[\]|"']+/g)].map(
      (m) => m[0],
    );
    const words = [...lower.matchAll(/[a-z0-9][a-z0-9./_-]*/g)].map((m) => m[0]);
    return {
      answer: parts.join(" "),
      skillIds: [...(first ? [first.id] : []), ...words].slice(0, 200),
      resources: [...(first?.resources[0] ? [first.resources[0].url] : []), ...links],
    };
  };
}

function messageText(request: ChatCompletionRequest, role: string): string {
  const content = request.messages.find((m) => m.role === role)?.content;
  return typeof content === "string" ? content : "";
}

function decodings(text: string): string[] {
  const found: string[] = [];
  for (const [blob] of text.matchAll(/[A-Za-z0-9+/=]{16,}/g)) {
    const decoded = Buffer.from(blob, "base64").toString("utf8");
    if (/^[\x20-\x7e]+$/.test(decoded)) found.push(decoded);
  }
  for (const [blob] of text.matchAll(/\b(?:[0-9a-f]{2}){8,}\b/gi))
    found.push(Buffer.from(blob, "hex").toString("utf8"));
  const tagged = [...text]
    .map((c) => c.codePointAt(0) ?? 0)
    .filter((code) => code >= 0xe0000 && code <= 0xe007f)
    .map((code) => String.fromCharCode(code - 0xe0000))
    .join("");
  if (tagged) found.push(tagged);
  found.push(rot13(text), [...text].reverse().join(""), text.normalize("NFKC"));
  try {
    found.push(decodeURIComponent(text));
  } catch {
    // not URL-encoded
  }
  return found;
}

function encodedAsAsked(secret: string, lower: string): string {
  if (lower.includes("base64")) return Buffer.from(secret).toString("base64");
  if (lower.includes("hex")) return Buffer.from(secret).toString("hex");
  if (/revers|backwards/.test(lower)) return [...secret].reverse().join("");
  if (lower.includes("rot13")) return rot13(secret);
  if (/spell|spaces/.test(lower)) return [...secret].join(" ");
  return secret;
}

function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}
