/**
 * Whether prose reveals a secret (the prompt's canary, a line of the system prompt, the API key
 * or base URL): verbatim, spaced out, reversed, in rot13, or inside a base64 or hex blob. Such an
 * answer is dropped whole: the model was talked out of its rules, so none of it is trusted.
 */
const MIN_SECRET_CHARS = 8;

/** Each secret as the squashed forms an answer could carry it in; computed once, scanned often. */
export type SecretForms = readonly string[];

export function secretForms(secrets: readonly string[]): SecretForms {
  return secrets
    .map(squash)
    .filter((needle) => needle.length >= MIN_SECRET_CHARS)
    .flatMap((needle) => [needle, [...needle].reverse().join(""), rot13(needle)]);
}

export function revealsSecret(text: string, forms: SecretForms): boolean {
  const haystacks = [squash(text), ...decodedBlobs(text).map(squash)];
  return haystacks.some((hay) => forms.some((form) => hay.includes(form)));
}

/** Letters and digits only, lower case: spacing, punctuation and width tricks fall away. */
function squash(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function rot13(text: string): string {
  return text.replace(/[a-z]/g, (c) =>
    String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97),
  );
}

/** Runs that look encoded: long, with a digit, a base64 symbol or inner capitals ("differentiation" is a word). */
const looksEncoded = (run: string) => /[\d+/=_]|[a-z][A-Z]/.test(run);

function decodedBlobs(text: string): string[] {
  const decoded: string[] = [];
  for (const word of text.split(/\s/)) {
    if (word.length < 12) continue;
    for (const [run] of word.matchAll(/[\w+/-]{12,}={0,2}/g)) {
      if (/^(?:[0-9a-f]{2}){6,}$/i.test(run))
        decoded.push(Buffer.from(run, "hex").toString("utf8"));
      if (looksEncoded(run)) decoded.push(Buffer.from(run, "base64").toString("utf8"));
    }
  }
  return decoded;
}
