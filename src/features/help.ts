import type { Asker, Core } from "../core/context.ts";
import { deepFreeze } from "../core/deep-freeze.ts";
import { text } from "../core/messages.ts";
import { type Block, privateReply, publicReply, type Reply, replyAsAsked } from "../core/reply.ts";
import type { OwnTerm } from "./ask.ts";

/** Built once per core and shared: help asks nothing of the store and never changes. */
const helpReplies = new WeakMap<Core, { private: Reply; public: Reply }>();

/**
 * The command list. Each entry names its command, so a platform that spells commands its own
 * way (Discord's /skills subcommands) can show it so. The reply is frozen, which tells adapters
 * it is shared between answers (they may render it once) and makes any attempt to change it in
 * place fail loudly.
 */
export function showHelp(core: Core, asker: Asker): Reply {
  let replies = helpReplies.get(core);
  if (!replies) {
    const blocks = helpBlocks(core);
    replies = {
      private: deepFreeze(privateReply(blocks)),
      public: deepFreeze(publicReply(blocks)),
    };
    helpReplies.set(core, replies);
  }
  return asker.where.audience === "private" ? replies.private : replies.public;
}

function helpBlocks(core: Core): Block[] {
  // A matrix without quiz questions or tracks: no command listed that could only say so.
  const offered = text.helpCommands.filter(
    ([command]) =>
      (command !== "quiz" || core.kb.questions.length > 0) &&
      (command !== "track" || core.kb.tracks.length > 0),
  );
  return [
    { kind: "heading", text: text.helpHeading },
    { kind: "text", text: text.helpIntro(core.kb.exampleTopicName) },
    {
      kind: "fields",
      fields: offered.map(([command, typed, what]) => ({
        label: typed,
        value: [{ text: what }],
        command,
      })),
    },
    {
      kind: "context",
      text: core.explanationsEnabled ? text.helpExplainOn : text.helpExplainOff,
    },
    { kind: "context", text: text.helpPrivacy },
  ];
}

/** What the matrix holds: its areas, each with its skills, for "what skills are there". */
export function showOverview(core: Core, asker: Asker): Reply {
  const blocks: Block[] = [
    { kind: "heading", text: core.kb.name },
    { kind: "text", text: text.overviewIntro(core.kb.areas.length, core.kb.skills.length) },
    {
      kind: "skills",
      items: core.kb.areas.map((area) => ({
        skillId: area.id,
        name: area.name,
        note: [
          {
            text: core.kb
              .skillsIn(area.id)
              .map((s) => s.name)
              .join(", "),
          },
        ],
      })),
    },
    { kind: "context", text: text.overviewHint },
  ];
  return replyAsAsked(asker.where.audience, blocks);
}

/**
 * "What is a track", "tell me about yourself": Skillbot's own words get a short explanation
 * and the pointer to help; a question about Skillbot itself, or about something this matrix
 * has none of (tracks, quiz questions), gets the help.
 */
export function explainOwnTerm(core: Core, asker: Asker, term: OwnTerm): Reply {
  const lacking =
    (term === "track" && core.kb.tracks.length === 0) ||
    ((term === "quiz" || term === "streak") && core.kb.questions.length === 0);
  if (term === "self" || lacking) return showHelp(core, asker);
  const blocks: Block[] = [
    { kind: "text", text: text.ownTerm[term] },
    { kind: "context", text: text.ownTermMore },
  ];
  return replyAsAsked(asker.where.audience, blocks);
}

const GREETING =
  /^(hi|hii|hello|hey|heya|yo|good (morning|afternoon|evening)|morning|gm|👋)(?!\p{L})/iu;

/** Thanks, an "ok" or a greeting: a short friendly word back, not the whole help. */
export function smallTalk(asker: Asker, said: string): Reply {
  const reply = GREETING.test(said.trim()) ? text.smallTalkHello : text.smallTalkThanks;
  const blocks: Block[] = [{ kind: "text", text: reply }];
  return replyAsAsked(asker.where.audience, blocks);
}
