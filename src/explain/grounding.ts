import { text as messages } from "../core/messages.ts";
import { link, plain, type Span, textWithCode } from "../core/rich-text.ts";
import type { Resource, Skill } from "../knowledge/schema.ts";
import type { ModelAnswer } from "./answer-schema.ts";
import type { Citable } from "./excerpt.ts";
import type { Explanation } from "./explainer.ts";
import { revealsSecret, type SecretForms } from "./leaks.ts";
import { splitLinks, urlKey } from "./links.ts";
import { unknownNames } from "./matrix-words.ts";
import { neutraliseMentions } from "./mentions.ts";
import { claimsAboutPeople } from "./people-claims.ts";
import { stripInvisible } from "./user-text.ts";

export const MAX_PROSE_CHARS = 1200;

/**
 * Keeps only what the matrix backs. Cited ids outside the excerpt and resources it does not list
 * are dropped; prose loses foreign links, encoded blobs and the power to ping. An answer with no
 * valid citation, one that names a tool, person or figure the matrix does not have, or one that
 * reveals a secret, is no answer: the caller shows the matrix instead.
 */
export function groundAnswer(
  answer: ModelAnswer,
  citable: Citable,
  secrets: SecretForms,
): Explanation | undefined {
  const sources = unique(answer.skillIds.map((id) => id.trim())).flatMap((id): Skill[] => {
    const skill = citable.skills.get(id);
    return skill ? [skill] : [];
  });
  if (sources.length === 0) return undefined;
  const resources = unique(answer.resources.map((url) => urlKey(url.trim()))).flatMap(
    (key): Resource[] => {
      const resource = citable.resources.get(key);
      return resource ? [resource] : [];
    },
  );
  const prose = groundProse(answer.answer, citable, secrets);
  return prose ? { prose, sources, resources } : undefined;
}

function groundProse(raw: string, citable: Citable, secrets: SecretForms): Span[] | undefined {
  const normalised = stripInvisible(raw.normalize("NFKC"))
    .replace(/[\u3002\uFF61]/g, ".")
    .replace(/\s+/g, " ")
    .trim();
  if (!normalised || revealsSecret(normalised, secrets) || imitatesSources(normalised))
    return undefined;
  const capped = capChars(normalised, MAX_PROSE_CHARS);
  // Foreign links and encoded runs out (the markers left in their place are plain words).
  const segments = splitLinks(capped, citable.links, messages.explainLinkRemoved).map((segment) =>
    "url" in segment ? segment : { text: withoutBlobs(segment.text) },
  );
  // A name or a figure the matrix does not have was made up, and so was anything about
  // people: the matrix's answer instead.
  const names = segments
    .flatMap((segment) => ("url" in segment ? [] : [segment.text]))
    .join(" ")
    // Slack's and Discord's mention syntax names ids, not things (<@U123>, <#C1|x>, <@&42>,
    // <!here>); around any other word, < > and @ hide nothing: "@Bob" is Bob.
    .replace(/<[@#!][^>]*>/g, " ")
    .replace(/[<>@＠]/g, " ");
  if (unknownNames(names, citable.words).length > 0 || claimsAboutPeople(names)) return undefined;
  const spans = segments.flatMap((segment): Span[] =>
    "url" in segment
      ? [link(segment.url, segment.url)]
      : [...textWithCode(neutraliseMentions(segment.text))],
  );
  const words = spans
    .map((s) => (s.link ? "" : s.text))
    .join("")
    .replaceAll(messages.explainLinkRemoved, "")
    .replaceAll(messages.explainEncodedRemoved, "");
  return /\p{L}{2,}/u.test(words) ? spans : undefined;
}

/** The label the reply puts under an explanation: prose that writes it passes off its own list. */
const SOURCES_LABEL = plain(messages.explainSources([])).trim().toLowerCase();
const imitatesSources = (prose: string) => prose.toLowerCase().includes(SOURCES_LABEL);

/** Long base64- or hex-looking runs carry smuggled payloads, never explanations. */
function withoutBlobs(text: string): string {
  return text
    .split(" ")
    .map((word) => {
      if (word.length < 16) return word;
      const core = word.replace(/[.,;:!?)"']+$/, "");
      const blob = /^[\w+/=-]{24,}$/.test(core) || /^[0-9a-f]{16,}$/i.test(core);
      return blob && /\d/.test(core) && /[A-Za-z]/.test(core)
        ? messages.explainEncodedRemoved + word.slice(core.length)
        : word;
    })
    .join(" ");
}

function capChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.lastIndexOf(". ");
  return sentence > max / 2 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
