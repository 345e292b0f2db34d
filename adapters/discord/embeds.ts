import type { APIEmbed, APIEmbedField } from "discord.js";
import { DISCORD_LIMITS as L } from "./limits.ts";
import type { DiscordPage } from "./render.ts";
import { splitText } from "./split-text.ts";

/**
 * A heading and what follows it, up to the next heading or divider: one embed, or several.
 * `text` is its paragraphs already joined; absent when it has none.
 */
export type Section = { title?: string; text?: string; fields?: APIEmbedField[] };

const EMBED_COLOR = 0x3b82f6;

const fieldSize = (f: APIEmbedField) => f.name.length + f.value.length;
export const embedSize = (e: APIEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + fieldSize(f), 0);

/** One section as one or more embeds: a long description continues, fields spill into the next. */
function sectionEmbeds(section: Section): APIEmbed[] {
  const text = section.text;
  // Discord refuses an empty description: a section of only a title or fields has none.
  const parts = text ? splitText(text, L.embedDescription) : [];
  const title = section.title;
  const embeds: APIEmbed[] = parts.map((description, i) =>
    i === 0 && title
      ? { color: EMBED_COLOR, title, description }
      : { color: EMBED_COLOR, description },
  );
  if (embeds.length === 0)
    embeds.push(title ? { color: EMBED_COLOR, title } : { color: EMBED_COLOR });
  for (const field of section.fields ?? []) {
    let last = embeds.at(-1) as APIEmbed;
    if (
      (last.fields?.length ?? 0) >= L.embedFields ||
      embedSize(last) + fieldSize(field) > L.embedTotal
    ) {
      last = { color: EMBED_COLOR };
      embeds.push(last);
    }
    if (last.fields) last.fields.push(field);
    else last.fields = [field];
  }
  return embeds;
}

/** Embeds packed into messages: at most 10 and 6,000 characters in each. */
export function embedPages(sections: readonly Section[]): DiscordPage[] {
  const pages: DiscordPage[] = [];
  let embeds: APIEmbed[] = [];
  let size = 0;
  for (const section of sections) {
    for (const embed of sectionEmbeds(section)) {
      const embedLength = embedSize(embed);
      if (embeds.length >= L.embedsPerMessage || size + embedLength > L.embedTotal) {
        pages.push({ content: "", embeds, components: [] });
        embeds = [];
        size = 0;
      }
      embeds.push(embed);
      size += embedLength;
    }
  }
  if (embeds.length > 0 || pages.length === 0) pages.push({ content: "", embeds, components: [] });
  return pages;
}
