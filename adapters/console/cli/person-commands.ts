import { parseArgs } from "node:util";
import { SkillbotError } from "../../../src/core/errors.ts";
import type { Command } from "../../../src/core/events.ts";
import { forgetConfirmValue } from "../../../src/features/forget-me.ts";
import { profileView } from "../../../src/features/profile.ts";
import { saveRating } from "../../../src/features/rate.ts";
import { requireSkill } from "../../../src/features/resolve.ts";
import { parseLevel } from "../../../src/features/typed-level.ts";
import { renderReply } from "../render.ts";
import { type CliIo, EXIT, type ExitCode, UsageError } from "./io.ts";
import { cliAsker, openSession } from "./session.ts";

const USER = { user: { type: "string" } } as const;

/** rate, profile, path, explain, mentor, track, forget-me: one command each, the same core as the chat. */
export async function personCommand(name: string, args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...USER,
      json: { type: "boolean" },
      yes: { type: "boolean" },
      track: { type: "string" },
    },
  });
  const session = await openSession(io);
  try {
    const asker = cliAsker(values.user, io.env);
    const rest = positionals.join(" ").trim();
    if (name === "profile" && values.json) {
      const view = await profileView(session.core, asker, values.track ?? (rest || undefined));
      io.out(
        JSON.stringify({
          user: asker.person.user,
          track: view.track?.id ?? null,
          ratings: view.ratings,
          gaps: view.gaps,
        }),
      );
      return EXIT.ok;
    }
    if (name === "rate") {
      const level = positionals.at(-1);
      const skill = positionals.slice(0, -1).join(" ");
      if (!skill || level === undefined)
        throw new UsageError(
          `rate needs a skill and a level, e.g. rate ${session.core.kb.exampleSkillId} 3`,
        );
      const parsedLevel = parseLevel(level);
      const reply = await saveRating(
        session.core,
        asker,
        requireSkill(session.core, skill),
        parsedLevel,
      );
      io.out(renderReply(reply).text);
      return EXIT.ok;
    }
    if (name === "forget-me" && !values.yes) {
      io.err(
        `This deletes every rating, quiz answer and setting stored for ${asker.person.user}. Run again with --yes to confirm.`,
      );
      return EXIT.badValue;
    }
    const reply =
      name === "forget-me"
        ? await session.bot.handle({
            type: "action",
            ...asker,
            action: "forget.confirm",
            // --yes is the answer to the question, asked and answered at once.
            value: forgetConfirmValue(session.core.clock.now()),
          })
        : await session.bot.run(asker, commandFor(name, rest, session.core.kb.exampleSkillId));
    // explain and path may bring an explanation later: print that one, not the "thinking" reply.
    io.out(renderReply(reply.followUp ? await reply.followUp : reply).text);
    return EXIT.ok;
  } finally {
    await session.close();
  }
}

/** `example`: a skill of the loaded matrix, for the usage hints. */
function commandFor(name: string, rest: string, example: string): Command {
  const optional = <K extends string>(key: K) => (rest ? { [key]: rest } : {});
  switch (name) {
    case "profile":
      return { name: "profile", ...optional("track") };
    case "path":
      return { name: "path", ...optional("topic") };
    case "explain":
      if (!rest) throw new UsageError(`explain needs a skill, e.g. explain ${example}`);
      return { name: "explain", skill: rest };
    case "track":
      return { name: "track", ...optional("track") };
    case "mentor":
      if (rest === "on" || rest === "off") return { name: "mentor-optin", on: rest === "on" };
      if (!rest) throw new UsageError(`mentor needs a skill (mentor ${example}) or on/off`);
      return { name: "mentor", skill: rest };
    default:
      throw new SkillbotError({ code: "MissingArgument", command: name, example: "help" });
  }
}
