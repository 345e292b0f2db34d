import type { APIApplicationCommandOptionChoice } from "discord.js";
import type { Core } from "../../src/core/context.ts";
import type { EntityKind } from "../../src/knowledge/matrix-index.ts";
import { type Offer, WEAKEST } from "./commands/subcommand.ts";
import { DISCORD_LIMITS as L } from "./limits.ts";
import { truncate } from "./markdown.ts";
import { discordText } from "./messages.ts";

type Entry = { kind: Offer; id: string; name: string; label: string; terms: string[] };

/** Before anything is typed, the broadest choices first: 25 skills alone would hide the rest. */
const BROADEST_FIRST: readonly Offer[] = [WEAKEST, "track", "area", "skill"];

const isEntityKind = (offer: Offer): offer is EntityKind => offer !== WEAKEST;

function entries(core: Core, offers: readonly Offer[]): Entry[] {
  const { kb } = core;
  const byKind: Record<Offer, () => Entry[]> = {
    weakest: () => [
      {
        kind: WEAKEST,
        id: WEAKEST,
        name: WEAKEST,
        label: discordText.choiceWeakest,
        terms: [WEAKEST, discordText.choiceWeakest],
      },
    ],
    track: () =>
      kb.tracks.map((t) => ({
        kind: "track",
        id: t.id,
        name: t.name,
        label: discordText.choiceTrack(t.name),
        terms: [t.name, t.id, ...t.aliases],
      })),
    area: () =>
      kb.areas.map((a) => ({
        kind: "area",
        id: a.id,
        name: a.name,
        label: discordText.choiceArea(a.name),
        terms: [a.name, a.id, ...a.aliases],
      })),
    skill: () =>
      kb.skills.map((s) => ({
        kind: "skill",
        id: s.id,
        name: s.name,
        label: discordText.choiceSkill(s.name, kb.area(s.areaId)?.name),
        terms: [s.name, s.id, ...s.aliases],
      })),
  };
  return offers.flatMap((offer) => byKind[offer]());
}

/** How well a typed prefix matches an entry: 0 exact, 1 name starts with it, 2 a word or alias does, 3 contains. */
function rank(entry: Entry, typed: string): number | undefined {
  const terms = entry.terms.map((t) => t.toLowerCase());
  if (terms.includes(typed)) return 0;
  if (terms[0]?.startsWith(typed)) return 1;
  if (terms.some((t) => t.startsWith(typed) || t.split(/[\s/-]+/).some((w) => w.startsWith(typed))))
    return 2;
  if (terms.some((t) => t.includes(typed))) return 3;
  return undefined;
}

/**
 * What Discord offers while someone types: entries (matrix entries, and "weakest" where the
 * option takes it) whose name, id or alias starts with (or contains) the text, then the index's
 * typo-tolerant matches, at most 25, each name within 100 characters. With nothing typed yet,
 * the broadest first. The value is the entry's id, which the core resolves again on submit.
 */
export function matrixChoices(
  core: Core,
  offers: readonly Offer[],
  typedRaw: string,
): APIApplicationCommandOptionChoice<string>[] {
  const typed = typedRaw.trim().toLowerCase().slice(0, 100);
  let picked: Entry[];
  if (!typed)
    picked = entries(
      core,
      BROADEST_FIRST.filter((offer) => offers.includes(offer)),
    );
  else {
    const all = entries(core, offers);
    const scored = all.flatMap((entry) => {
      const score = rank(entry, typed);
      return score === undefined ? [] : [{ entry, score }];
    });
    scored.sort((a, b) => a.score - b.score || a.entry.name.localeCompare(b.entry.name));
    picked = scored.map((s) => s.entry);
    const kinds = offers.filter(isEntityKind);
    const resolution = core.index.resolve(typed, kinds);
    const fuzzy =
      resolution.kind === "found"
        ? [resolution.ref]
        : resolution.kind === "ambiguous"
          ? resolution.candidates
          : resolution.suggestions;
    for (const ref of fuzzy) {
      const entry = all.find((e) => e.kind === ref.kind && e.id === ref.id);
      if (entry && !picked.includes(entry)) picked.push(entry);
    }
  }
  return picked.slice(0, L.autocompleteChoices).map((e) => ({
    name: truncate(e.label, L.choiceName),
    value: e.id.slice(0, L.choiceValue),
  }));
}
