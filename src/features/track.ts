import type { Asker, Core } from "../core/context.ts";
import { text } from "../core/messages.ts";
import { privateReply, type Reply } from "../core/reply.ts";
import { resolveTrack, trackOf } from "./resolve.ts";

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
    const current = trackOf(core, (await core.people.get(asker.person)).track);
    return privateReply([
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
