import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { dailyText } from "../core/daily-messages.ts";
import { text } from "../core/messages.ts";
import { type Block, privateReply, type Reply } from "../core/reply.ts";
import type { TrackTarget } from "../knowledge/knowledge-base.ts";
import type { Track } from "../knowledge/schema.ts";
import type { PersonRecord } from "../store/people.ts";
import { totals } from "../store/quiz-log.ts";
import { calibrationGaps } from "./calibration.ts";
import { rememberSeveral } from "./conversation-topic.ts";
import { knownTimeZone, localDate } from "./daily/schedule-time.ts";
import { levelsOf, ratingsInMatrix, resolveTrack, trackOf } from "./resolve.ts";
import { trackGoneNote } from "./track.ts";

export type Gap = { skillId: string; level: number; target: number };

/** How many gaps the profile shows. */
const GAPS_SHOWN = 5;

/**
 * Skills below the track's target, biggest gap first, then by target, then matrix order; the
 * first `limit` of them. The targets come ranked by the last two already, and a gap is one to
 * four levels, so gathered by size in that order they need no sort. A profile shows five: for
 * someone new that spared it 47 gaps and their sort, a third of what it allocated.
 */
export function gapsFor(
  ranked: readonly TrackTarget[],
  levels: Readonly<Record<string, number>>,
  limit = Number.POSITIVE_INFINITY,
): Gap[] {
  const bySize: Gap[][] = [[], [], [], []];
  for (const { skillId, target } of ranked) {
    const level = levels[skillId] ?? 0;
    const sameSize = bySize[4 - (target - level)];
    if (target > level && sameSize && sameSize.length < limit)
      sameSize.push({ skillId, level, target });
  }
  const gaps = bySize.flat();
  return gaps.length > limit ? gaps.slice(0, limit) : gaps;
}

/** What `profile --json` prints, and what the reply is built from. */
export type ProfileView = {
  track: Track | undefined;
  record: PersonRecord;
  ratings: { skillId: string; name: string; areaId: string; level: number; ratedAt: string }[];
  /** Biggest first: all of them, or as many as the caller asked for. */
  gaps: Gap[];
};

export async function profileView(
  core: Core,
  asker: Asker,
  trackTerm: string | undefined,
  gapLimit?: number,
): Promise<ProfileView> {
  const record = await core.people.get(asker.person);
  const track = trackTerm ? resolveTrack(core, trackTerm) : trackOf(core, record.track);
  const ratings: ProfileView["ratings"] = [];
  for (const skill of core.kb.skills) {
    const rating = record.ratings[skill.id];
    if (rating)
      ratings.push({
        skillId: skill.id,
        name: skill.name,
        areaId: skill.areaId,
        level: rating.level,
        ratedAt: rating.ratedAt,
      });
  }
  const gaps = track
    ? gapsFor(core.kb.rankedTargets(track), levelsOf(record.ratings), gapLimit)
    : [];
  return { track, record, ratings, gaps };
}

/**
 * The person's own profile, always private, as an answer in the conversation: it names several
 * skills, so "it" is unclear after it, and its gaps are the list "the first one" reads.
 */
export async function showProfile(
  core: Core,
  asker: Asker,
  trackTerm: string | undefined,
): Promise<Reply> {
  const view = await profileView(core, asker, trackTerm, GAPS_SHOWN);
  const [reply] = await Promise.all([
    profileReply(core, asker, trackTerm, view),
    rememberSeveral(
      core,
      asker.person,
      view.gaps.map((g) => g.skillId),
    ),
  ]);
  return reply;
}

/** The profile's reply alone, changing nothing: the home page shows it whenever it is opened. */
export async function profileReply(
  core: Core,
  asker: Asker,
  trackTerm: string | undefined,
  view?: ProfileView,
): Promise<Reply> {
  const { record, ratings, gaps, track } =
    view ?? (await profileView(core, asker, trackTerm, GAPS_SHOWN));
  const blocks: Block[] = [
    { kind: "heading", text: text.profileHeading(asker.person.displayName) },
    // A track asked for by name is the one shown: only their own choice can have gone.
    ...(trackTerm ? [] : trackGoneNote(core, record.track)),
  ];
  if (ratings.length === 0) {
    blocks.push({ kind: "text", text: text.profileEmpty(core.kb.exampleSkillId) });
  } else {
    for (const area of core.kb.areas) {
      const inArea = ratings.filter((r) => r.areaId === area.id);
      if (inArea.length === 0) continue;
      blocks.push({ kind: "text", text: [{ text: area.name, bold: true }] });
      blocks.push({
        kind: "skills",
        items: inArea.map((r) => ({
          skillId: r.skillId,
          name: r.name,
          level: r.level,
          ...(track?.targets[r.skillId] ? { target: track.targets[r.skillId] } : {}),
        })),
      });
    }
  }
  if (track) blocks.push(...gapBlocks(core, track, gaps));
  const last = lastChangeOf(record, ratings);
  const log = await core.quizzes.log(asker.person);
  const quiz = totals(log);
  // Calibration: where quiz answers disagree with the self-rating. Private, like the profile.
  for (const gap of calibrationGaps(ratingsInMatrix(core, record.ratings), log.scores)) {
    const name = core.kb.skill(gap.skillId)?.name ?? gap.skillId;
    blocks.push({ kind: "text", text: dailyText.calibration(name, gap.rated, gap.suggested) });
  }
  // Dated where the person is, when the platform says: 12:30 in Auckland is the day before in UTC.
  const zone = knownTimeZone(asker.timezone) ?? "UTC";
  const footer = [
    ...(last
      ? [text.profileLastChange(last.name, last.level, localDate(new Date(last.ratedAt), zone))]
      : []),
    ...(quiz.answered > 0 ? [text.profileQuiz(quiz.answered, quiz.correct)] : []),
    text.profileMentor(record.mentor),
    ...otherTracks(core, track?.id).map((other) => text.profileTrackHint(other)),
  ];
  for (const line of footer) blocks.push({ kind: "context", text: line });
  blocks.push(rateAndPathButtons(core, track, gaps));
  return privateReply(blocks);
}

/**
 * Only the gaps to a track ("where are my gaps?"): the profile's gaps part, without the ratings
 * by area and the footer around it. A matrix without tracks has no gaps: the whole profile.
 */
export async function showGaps(
  core: Core,
  asker: Asker,
  trackTerm: string | undefined,
): Promise<Reply> {
  const { record, ratings, gaps, track } = await profileView(core, asker, trackTerm, GAPS_SHOWN);
  if (!track) return showProfile(core, asker, trackTerm);
  await rememberSeveral(
    core,
    asker.person,
    gaps.map((g) => g.skillId),
  );
  const blocks: Block[] = [
    { kind: "heading", text: text.profileGaps(track.name) },
    ...(trackTerm ? [] : trackGoneNote(core, record.track)),
    // Nothing rated: every gap is a whole target, and they should know why.
    ...(ratings.length === 0
      ? [{ kind: "context", text: text.profileEmpty(core.kb.exampleSkillId) } as const]
      : []),
    gaps.length === 0
      ? { kind: "text", text: text.profileNoGaps(track.name) }
      : gapList(core, gaps),
    rateAndPathButtons(core, track, gaps),
  ];
  return privateReply(blocks);
}

/** The "Biggest gaps for <track>" heading and its skills, or that there are none. */
function gapBlocks(core: Core, track: Track, gaps: readonly Gap[]): Block[] {
  if (gaps.length === 0) return [{ kind: "text", text: text.profileNoGaps(track.name) }];
  return [{ kind: "heading", text: text.profileGaps(track.name) }, gapList(core, gaps)];
}

function gapList(core: Core, gaps: readonly Gap[]): Block {
  return {
    kind: "skills",
    items: gaps.map((g) => ({
      skillId: g.skillId,
      name: core.kb.skill(g.skillId)?.name ?? g.skillId,
      level: g.level,
      target: g.target,
    })),
  };
}

/** Rate the biggest gap (or any skill), and the track's path. */
function rateAndPathButtons(core: Core, track: Track | undefined, gaps: readonly Gap[]): Block {
  const firstGap = gaps[0] && core.kb.skill(gaps[0].skillId);
  return {
    kind: "buttons",
    buttons: [
      {
        action: ACTIONS.rateOpen,
        value: firstGap?.id ?? "",
        label: firstGap ? text.rateButton(firstGap.name) : text.rateFormTitle,
      },
      { action: ACTIONS.pathShow, value: track ? `track:${track.id}` : "", label: text.pathButton },
    ],
  };
}

/**
 * The last rating given, if the profile shows its skill; else the latest of those it shows. A
 * skill taken out of the matrix is left out of the profile, so never named as its last change.
 */
function lastChangeOf(
  record: PersonRecord,
  ratings: ProfileView["ratings"],
): ProfileView["ratings"][number] | undefined {
  const given = record.lastRating ?? record.history?.at(-1);
  const shown = ratings.find((r) => r.skillId === given?.skillId);
  if (shown) return shown;
  let latest: ProfileView["ratings"][number] | undefined;
  for (const rating of ratings)
    if (!latest || Date.parse(rating.ratedAt) > Date.parse(latest.ratedAt)) latest = rating;
  return latest;
}

/** Another track to suggest (the first that is not the current one), if the matrix has one. */
function otherTracks(core: Core, current: string | undefined): string[] {
  const other = core.kb.tracks.find((t) => t.id !== current);
  return other ? [other.id] : [];
}
