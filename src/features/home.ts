import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { text } from "../core/messages.ts";
import type { Block, Reply } from "../core/reply.ts";
import { privateReply } from "../core/reply.ts";
import { learningPathFor } from "./learning-path.ts";
import { profileReply } from "./profile.ts";
import { levelsOf, ratingsInMatrix, trackOf } from "./resolve.ts";

const HOME_STEPS = 3;

/** A person's own home page (Slack App Home): profile and gaps, the next three steps, rate and quiz. */
export async function homeFor(core: Core, asker: Asker): Promise<Reply> {
  const profile = await profileReply(core, asker, undefined);
  const record = await core.people.get(asker.person);
  const track = trackOf(core, record.track);
  const blocks: Block[] = profile.blocks.filter((b) => b.kind !== "buttons");
  // The track's path, or the whole matrix's when it has no tracks.
  const path = learningPathFor(
    core.kb,
    track ? { kind: "track", id: track.id } : undefined,
    levelsOf(ratingsInMatrix(core, record.ratings)),
    track,
  );
  const steps = path.steps.slice(0, HOME_STEPS);
  if (steps.length > 0) {
    blocks.push(
      { kind: "divider" },
      { kind: "heading", text: text.homeNextSteps(track?.name ?? core.kb.name) },
    );
    blocks.push({
      kind: "skills",
      items: steps.map(({ skill, level, target }) => ({
        skillId: skill.id,
        name: skill.name,
        level,
        target,
      })),
    });
  }
  blocks.push({
    kind: "buttons",
    buttons: [
      {
        action: ACTIONS.rateOpen,
        value: steps[0]?.skill.id ?? "",
        label: text.rateFormTitle,
        style: "primary",
      },
      // A matrix without quiz questions gets no quiz button: it could only say so.
      ...(core.kb.questions.length > 0
        ? [
            {
              action: ACTIONS.quizNext,
              value: track ? `track:${track.id}` : "",
              label: text.homeQuizLabel,
            },
          ]
        : []),
    ],
  });
  return privateReply(blocks, text.profileHeading(asker.person.displayName));
}
