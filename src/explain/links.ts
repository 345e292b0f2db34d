/**
 * Finding links in model prose. Platforms turn more than `https://…` into links (Slack links
 * bare domains such as `evil.com`), so anything a chat app might link counts: scheme URLs,
 * `www.` hosts, bare domains, IPv4 addresses and script-like schemes.
 */

/** Two-letter endings that are not country domains but common in prose about code (Node.js, torch.nn). */
const NOT_DOMAINS = new Set(["js", "ts", "rb", "kt", "hs", "jl", "nn", "fn", "db", "df", "cs"]);
const GENERIC_TLDS = new Set(
  (
    "com org net edu gov mil int info biz name pro app dev xyz online site top club shop store " +
    "link click live tech cloud page blog news icu win bid zip mov art lol fun space website " +
    "digital email host run world today tools wiki social media network systems software codes " +
    "agency global ninja rocks help support download review stream video chat bot mobi asia"
  ).split(" "),
);

const LINKISH = new RegExp(
  [
    String.raw`\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s<>"'\x60]+`,
    String.raw`\b(?:javascript|data|vbscript|mailto|file|tel|sms|ftp):[^\s<>"'\x60]+`,
    String.raw`\bwww\.[^\s<>"'\x60]+`,
    String.raw`\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:[/?#][^\s<>"'\x60]*)?`,
    String.raw`\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b(?::\d+)?(?:[/?#][^\s<>"'\x60]*)?`,
  ].join("|"),
  "gi",
);

const SENTENCE_PUNCTUATION = new Set([...".,;:!?]}'\""]);

/** Sentence punctuation after a link belongs to the sentence; so does an unmatched ")". */
function withoutTrailing(token: string): string {
  let body = token;
  for (;;) {
    const last = body.at(-1);
    if (last === undefined) return body;
    const unmatched = last === ")" && body.split("(").length < body.split(")").length;
    if (!SENTENCE_PUNCTUATION.has(last) && !unmatched) return body;
    body = body.slice(0, -1);
  }
}

export type ProseSegment = { text: string } | { url: string };

/** The links an answer may keep (matrix URLs), keyed for comparison once, not per answer. */
export type AllowedLinks = {
  /** urlKey(url) -> the URL as the matrix spells it. */
  byKey: ReadonlyMap<string, string>;
  /** Hosts of those URLs: a bare "pytorch.org" in prose may stay (as text). */
  hosts: ReadonlySet<string>;
};

export function allowedLinks(urls: Iterable<string>): AllowedLinks {
  const list = [...urls];
  return {
    byKey: new Map(list.map((url) => [urlKey(url), url])),
    hosts: new Set(list.flatMap((url) => hostOf(url) ?? [])),
  };
}

/**
 * Splits prose into text and links: a link that is exactly one of `allowed` (matrix URLs) is kept
 * as a link, anything else link-like is replaced by `removed`. Links never hold whitespace, so
 * only words with a dot or a colon are searched.
 */
export function splitLinks(text: string, allowed: AllowedLinks, removed: string): ProseSegment[] {
  const segments: ProseSegment[] = [];
  let last = 0;
  let offset = 0;
  for (const word of text.split(/(\s)/)) {
    const at = offset;
    offset += word.length;
    if (!word.includes(".") && !word.includes(":")) continue;
    const pattern = new RegExp(LINKISH.source, LINKISH.flags);
    for (;;) {
      const match = pattern.exec(word);
      if (!match) break;
      const token = withoutTrailing(match[0]);
      if (!isLink(token)) {
        // "notes.txt/evil.com": the host was no link, but its path may hold one.
        pattern.lastIndex = match.index + Math.max(1, hostPart(token).length);
        continue;
      }
      const start = at + match.index;
      segments.push({ text: text.slice(last, start) });
      segments.push(linkSegment(token, allowed, removed));
      last = start + token.length;
      pattern.lastIndex = match.index + token.length;
    }
  }
  segments.push({ text: text.slice(last) });
  return segments.filter((s) => !("text" in s) || s.text.length > 0);
}

function linkSegment(token: string, allowed: AllowedLinks, removed: string): ProseSegment {
  const bare = !/^[a-z][a-z0-9+.-]*:/i.test(token);
  const exact = allowed.byKey.get(urlKey(bare ? `https://${token}` : token));
  if (exact) return { url: exact };
  if (bare && allowed.hosts.has(token.toLowerCase())) return { text: token };
  return { text: removed };
}

/** A bare `a.b` is only a link when `b` could be a domain ending. */
function isLink(token: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(token) || /^www\./i.test(token)) return true;
  if (/^\d{1,3}(\.\d{1,3}){3}/.test(token)) return true;
  const ending = hostPart(token).split(".").at(-1)?.toLowerCase() ?? "";
  return ending.length === 2 ? !NOT_DOMAINS.has(ending) : GENERIC_TLDS.has(ending);
}

function hostPart(token: string): string {
  return token.split(/[/?#:]/)[0] ?? "";
}

/** Compares URLs the way a person reads them: case-insensitive scheme and host, no trailing slash. */
export function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.username ? `${parsed.username}@` : ""}${parsed.host}${parsed.pathname.replace(/\/+$/, "")}${parsed.search}${parsed.hash}`;
  } catch {
    return url.trim();
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}
