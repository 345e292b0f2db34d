import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
} from "discord.js";
import type { Bot } from "../../src/core/bot.ts";
import type { Core } from "../../src/core/context.ts";
import type { Logger } from "../../src/core/ports.ts";
import { type Reply, withFormOpener } from "../../src/core/reply.ts";
import type { RichText } from "../../src/core/rich-text.ts";
import { matrixChoices } from "./autocomplete.ts";
import { SUBCOMMANDS } from "./commands/skills.ts";
import { answerInTime, type Deadline } from "./deadline.ts";
import type { FirstDelivery } from "./dedupe.ts";
import {
  answerInteraction,
  apiPayload,
  apologise,
  applyFollowUp,
  expectFollowUp,
  textPage,
} from "./deliver.ts";
import { isAlreadyAcknowledged, isExpired } from "./errors.ts";
import { discordText } from "./messages.ts";
import { renderModal } from "./modal.ts";
import {
  DM_TENANT,
  type Parsed,
  parseButton,
  parseChatInput,
  parseModal,
  serverOf,
} from "./parse.ts";
import { renderReply } from "./render.ts";
import { slashTipsIn, withSlashTips } from "./slash-tips.ts";

export type InteractionDeps = {
  bot: Bot;
  core: Core;
  log: Logger;
  firstDelivery: FirstDelivery;
  deadline: Deadline;
  /** Work that outlives the handler (a follow-up edit), so stop() can wait for it. */
  track(work: Promise<unknown>): void;
};

type Answerable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** What the timed work ends with: the core's reply, or the adapter's own correction. */
type Answer = { reply: Reply; server: string | undefined } | { correction: RichText };

function parse(interaction: Answerable): Parsed {
  if (interaction.isChatInputCommand()) return parseChatInput(interaction);
  if (interaction.isButton()) return parseButton(interaction);
  return parseModal(interaction);
}

/** One interaction, start to finish. Never throws: failures are logged and apologised for. */
export async function handleInteraction(
  deps: InteractionDeps,
  interaction: Interaction,
): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(deps, interaction);
  const log = deps.log.child({ interaction: interaction.id });
  if (!(interaction.isChatInputCommand() || interaction.isButton() || interaction.isModalSubmit()))
    return unknown(interaction, log);
  try {
    const parsed = parse(interaction);
    // The duplicate check is part of the timed work, corrections included: a slow Redis must not
    // outlast Discord's 3 s.
    const work = async (): Promise<Answer | undefined> => {
      if (!(await deps.firstDelivery(interaction.guildId ?? DM_TENANT, `i${interaction.id}`, log)))
        return undefined;
      if ("correction" in parsed) return parsed;
      const { event } = parsed;
      // In a DM, what this answer's buttons and modals do stays with the server it acted for.
      const server = interaction.guildId === null ? serverOf(event.person) : undefined;
      return { reply: expectFollowUp(withSlashTips(await deps.bot.handle(event))), server };
    };
    const answer = await answerInTime(work(), deps.deadline, () =>
      interaction
        .deferReply({ flags: MessageFlags.Ephemeral })
        .catch((error: unknown) => adoptDeferral(interaction, error)),
    );
    if (!answer) {
      log.debug({}, "duplicate interaction ignored");
      return;
    }
    if ("correction" in answer) {
      const correction = [textPage(slashTipsIn(answer.correction))];
      await adoptingDeferral(interaction, () => answerInteraction(interaction, correction, true));
      return;
    }
    const { reply, server } = answer;
    await adoptingDeferral(interaction, () => respond(interaction, reply, server));
    if (reply.followUp)
      deps.track(
        applyFollowUp(
          reply,
          (page) => interaction.editReply(apiPayload(interaction.webhook, page)),
          log,
          server,
        ).catch((error: unknown) => log.warn({ err: error }, "follow-up edit failed")),
      );
  } catch (error) {
    await failed(interaction, error, log);
  } finally {
    log.debug({}, "interaction done");
  }
}

/** The answer as the first response (a modal or a message), or as the edit of a deferred one. */
async function respond(
  interaction: Answerable,
  reply: Reply,
  server: string | undefined,
): Promise<void> {
  // A modal must be the first response, and a modal cannot open another.
  if (reply.form && !interaction.deferred && !interaction.isModalSubmit()) {
    const modal = renderModal(reply.form, server);
    if (modal) {
      await interaction.showModal(modal);
      return;
    }
  }
  await answerInteraction(
    interaction,
    renderReply(withFormOpener(reply), server),
    reply.visibility === "private",
  );
}

/**
 * Sends a first response; refused because another instance deferred (see adoptDeferral), sends it
 * again as the edit of that deferral.
 */
async function adoptingDeferral(interaction: Answerable, send: () => Promise<void>): Promise<void> {
  await send().catch(async (error: unknown) => {
    adoptDeferral(interaction, error);
    await send();
  });
}

/**
 * Only the instance that wins the claim answers, but any instance defers when its deadline passes
 * with its claim still on the way (a slow Redis must not cost the answer). So a first response
 * refused as already acknowledged (40060) means another instance deferred this interaction, and
 * the deferral waits for the winner to fill it: take it as ours (ephemeral, as every deferral
 * here), so the answer goes as the edit of @original, which the same token allows. A loser goes on
 * to learn it lost and sends nothing. Any other failure is rethrown.
 */
function adoptDeferral(interaction: Answerable, error: unknown): void {
  if (!isAlreadyAcknowledged(error) || interaction.deferred || interaction.replied) throw error;
  interaction.deferred = true;
  interaction.ephemeral = true;
}

/**
 * Anything else (a select, a context menu command): Skillbot sends none, but a stale command or
 * another app's leftovers can arrive. Saying so beats Discord's "This interaction failed".
 */
async function unknown(interaction: Interaction, log: Logger): Promise<void> {
  try {
    if (interaction.isRepliable())
      await answerInteraction(interaction, [textPage(discordText.unknownSubcommand)], true);
  } catch (error) {
    if (!isExpired(error)) log.warn({ err: error }, "could not answer an unknown interaction");
  } finally {
    log.debug({}, "interaction done");
  }
}

async function failed(interaction: Answerable, error: unknown, log: Logger): Promise<void> {
  if (isExpired(error)) {
    log.warn(
      { code: (error as { code?: unknown }).code },
      "interaction expired before it was answered",
    );
    return;
  }
  log.error({ err: error }, "discord interaction failed");
  try {
    await apologise(interaction, discordText.apology);
  } catch (apologyError) {
    log.warn({ err: apologyError }, "could not apologise for a failed interaction");
  }
}

/** Matrix entries for the option being typed; Discord allows no deferral here, and needs none. */
async function autocomplete(
  deps: InteractionDeps,
  interaction: AutocompleteInteraction,
): Promise<void> {
  try {
    const subcommand = SUBCOMMANDS[interaction.options.getSubcommand(false) ?? ""];
    const focused = interaction.options.getFocused(true);
    const kinds = subcommand?.autocomplete?.[focused.name];
    await interaction.respond(kinds ? matrixChoices(deps.core, kinds, String(focused.value)) : []);
  } catch (error) {
    if (isExpired(error)) deps.log.debug({ interaction: interaction.id }, "autocomplete expired");
    else deps.log.warn({ err: error, interaction: interaction.id }, "autocomplete failed");
  } finally {
    deps.log.debug({ interaction: interaction.id }, "interaction done");
  }
}
