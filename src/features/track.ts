import type { Asker, Core } from "../core/context.ts";
import { SkillbotError } from "../core/errors.ts";
import { text } from "../core/messages.ts";
import { type Block, privateReply, type Reply } from "../core/reply.ts";
import { ASKED_BACK_OPEN_MS, askedBackExpired, readAnswer } from "./confirmations.ts";
import { goneTrack, resolveTrack, trackOf } from "./resolve.ts";

/** `track <name>` picks the track a person measures themselves against; `track` lists them. */
export async function chooseTrack(
  core: Core,
  asker: Asker,
  term: string | undefined,
): Promise<Reply> {
  if (!term?.trim()) {
    // No tracks: the example topic is an area, where a path can go instead.
    if (core.kb.tracks.length === 0)
      return privateReply([{ kind: "text", text: text.noTracks(core.kb.exampleTopicName) }]);
    const chosen = (await core.people.get(asker.person)).track;
    const current = trackOf(core, chosen);
    return privateReply([
      ...trackGoneNote(core, chosen),
      { kind: "text", text: text.trackList(current?.name ?? "none") },
      {
        kind: "skills",
        items: core.kb.tracks.map((t) => ({
          skillId: t.id,
          name: t.name,
          ...(t.summary ? { note: [{ text: t.summary }] } : {}),
        })),
      },
    ]);
  }
  const track = resolveTrack(core, term);
  await core.people.setTrack(asker.person, track.id);
  return privateReply([{ kind: "text", text: text.trackSet(track.name) }]);
}

/** A press of Switch: switches while its question is open; after that, says how to switch now. */
export async function chooseTrackIfStillAsked(
  core: Core,
  asker: Asker,
  pressed: string,
): Promise<Reply> {
  const { value, open } = readAnswer(pressed, core.clock.now(), ASKED_BACK_OPEN_MS);
  if (!core.kb.track(value)) throw new SkillbotError({ code: "ButtonOutdated" });
  if (!open) return askedBackExpired(`track ${value}`);
  return chooseTrack(core, asker, value);
}

/**
 * Told wherever a person's track is shown (profile, path, track): the one they chose was taken
 * out of the matrix, and which is used instead. Nothing when their choice is still there.
 */
export function trackGoneNote(core: Core, chosen: string | undefined): Block[] {
  const gone = goneTrack(core, chosen);
  if (gone === undefined) return [];
  return [{ kind: "text", text: text.trackGone(gone, core.kb.defaultTrack?.name) }];
}
