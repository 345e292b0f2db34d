import {
  type APIInteractionGuildMember,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  GuildMember,
  type Message,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  type User,
} from "discord.js";
import {
  type IncomingEvent,
  IncomingEventSchema,
  type Person,
  STRANGERS_TENANT,
  type Where,
} from "../../src/core/events.ts";
import { text } from "../../src/core/messages.ts";
import type { RichText } from "../../src/core/rich-text.ts";
import { SUBCOMMANDS } from "./commands/skills.ts";
import type { OptionValues } from "./commands/subcommand.ts";
import { readButtonCustomId, readModalCustomId } from "./custom-id.ts";
import { discordText } from "./messages.ts";

/** Direct messages are their own tenant: nobody's guild sees what was said there. */
export const DM_TENANT = STRANGERS_TENANT;

/** The server a page sent to this person by DM acts for, when they are a server's person. */
export const serverOf = (person: Person): string | undefined =>
  person.tenant === DM_TENANT ? undefined : person.tenant;

export type Parsed = { event: IncomingEvent } | { correction: RichText };

type Base = Pick<IncomingEvent, "person" | "where" | "canManageChannel">;

/** A server member: discord.js's own, or the raw one an interaction carries when not cached. */
type Member = GuildMember | APIInteractionGuildMember;

/**
 * `member`: the person as a member of the server they acted in, whose nickname there is the name
 * people there know them by (nickname, else global display name, else username, as Discord
 * shows it). Without one (DMs), their global display name.
 */
export function personOf(user: User, guildId: string | null, member?: Member | null): Person {
  const name =
    member instanceof GuildMember ? member.displayName : (member?.nick ?? user.displayName);
  return {
    platform: "discord",
    tenant: guildId ?? DM_TENANT,
    user: user.id,
    displayName: name.slice(0, 80),
  };
}

type AnyInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * Who and where, for anything a person does through an interaction. Interactions can always
 * be answered ephemerally, so the audience is private; Manage Channels comes from Discord's
 * own computation of the member's permissions in that channel. `server`: the guild a DM'd
 * page's component says it acts for.
 */
function interactionBase(interaction: AnyInteraction, server?: string): Base {
  const inGuild = interaction.guildId !== null;
  const where: Where = {
    channel: interaction.channelId ?? interaction.user.id,
    kind: inGuild ? "channel" : "dm",
    audience: "private",
  };
  return {
    person: personOf(interaction.user, tenantGuild(interaction, server), interaction.member),
    where,
    canManageChannel: inGuild
      ? (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false)
      : false,
  };
}

/**
 * The guild whose records an interaction acts on: its own; in a DM, the server a page was sent
 * for by DM (a private answer to a mention there); else none, the person's DM records.
 */
function tenantGuild(interaction: AnyInteraction, server: string | undefined): string | null {
  return interaction.guildId ?? server ?? null;
}

/**
 * A button or modal from a page sent by DM for a server the bot has left since: it must not
 * act on the person's DM records instead (a "forget me" there would say everything was
 * deleted while the server's records stayed).
 */
function leftServer(interaction: AnyInteraction, server: string | undefined): boolean {
  return (
    interaction.guildId === null &&
    server !== undefined &&
    !interaction.client.guilds.cache.has(server)
  );
}

/** The neutral event, checked against the core's schema: what is not a valid event is not sent. */
function checked(event: IncomingEvent): Parsed {
  return { event: IncomingEventSchema.parse(event) };
}

function optionValues(interaction: ChatInputCommandInteraction): OptionValues {
  // A forged option of another type makes discord.js throw: treat it as absent.
  const read = <T>(get: () => T | null): T | undefined => {
    try {
      return get() ?? undefined;
    } catch {
      return undefined;
    }
  };
  return {
    // Spaces only is an option left blank, not a search for spaces. Discord caps what people
    // type by the option's max_length; a forged longer value is cut.
    string: (name) =>
      read(() => interaction.options.getString(name))
        ?.trim()
        .slice(0, 4000) || undefined,
    integer: (name) => read(() => interaction.options.getInteger(name)),
  };
}

export function parseChatInput(interaction: ChatInputCommandInteraction): Parsed {
  const name = interaction.options.getSubcommand(false) ?? "";
  const subcommand = SUBCOMMANDS[name];
  if (!subcommand) return { correction: discordText.unknownSubcommand };
  const parsed = subcommand.parse(optionValues(interaction), {
    inGuild: interaction.guildId !== null,
    inThread: interaction.channel?.isThread() ?? false,
    appPermissions: interaction.appPermissions,
  });
  if ("correction" in parsed) return parsed;
  return checked({ type: "command", ...interactionBase(interaction), command: parsed.command });
}

export function parseButton(interaction: ButtonInteraction): Parsed {
  const { action, value, server } = readButtonCustomId(interaction.customId);
  if (leftServer(interaction, server)) return { correction: text.buttonGone };
  return checked({ type: "action", ...interactionBase(interaction, server), action, value });
}

/** A modal's answers: text inputs, selects and radio groups by custom_id, plus its presets. */
export function parseModal(interaction: ModalSubmitInteraction): Parsed {
  const { form, context, presets, server } = readModalCustomId(interaction.customId);
  if (leftServer(interaction, server)) return { correction: text.buttonGone };
  const values: Record<string, string> = { ...presets };
  for (const [id, field] of interaction.fields.fields) {
    const value =
      "value" in field && typeof field.value === "string"
        ? field.value
        : "values" in field && Array.isArray(field.values)
          ? String(field.values[0] ?? "")
          : undefined;
    if (value !== undefined) values[id] = value.slice(0, 200);
  }
  return checked({
    type: "form",
    ...interactionBase(interaction, server),
    form,
    values,
    ...(context ? { context } : {}),
  });
}

/**
 * A DM, or a guild message whose text mentions the bot: the only messages whose content Discord
 * sends without the privileged Message Content intent. Anything else is not for us. Discord's
 * mention picker offers the bot twice, as itself and as the role it manages in the server:
 * either one is a mention of the bot. A reply to the bot's post with "ping on" lists the bot in
 * `mentions` without naming it in the text: someone talking about the post, not to the bot.
 */
export function parseMessage(message: Message, botId: string): IncomingEvent | undefined {
  if (message.author.bot || message.system) return undefined;
  const inGuild = message.guildId !== null;
  const botRole = message.guild?.roles.botRoleFor(botId)?.id;
  const ofBot = new RegExp(`<@!?${botId}>${botRole ? `|<@&${botRole}>` : ""}`, "g");
  // A role is only ever mentioned on purpose; its text may come blank without the intent.
  const mentioned =
    message.content.search(ofBot) !== -1 ||
    (botRole !== undefined && message.mentions.roles.has(botRole));
  if (inGuild && !mentioned) return undefined;
  const text = message.content.replace(ofBot, " ").trim();
  const event: IncomingEvent = {
    type: "text",
    person: personOf(message.author, message.guildId, message.member),
    where: {
      channel: message.channelId,
      kind: inGuild ? "channel" : "dm",
      audience: inGuild ? "public" : "private",
    },
    canManageChannel: inGuild ? managesChannel(message) : false,
    text: (text || "help").slice(0, 4000),
  };
  return IncomingEventSchema.parse(event);
}

function managesChannel(message: Message): boolean {
  try {
    return (
      message.member?.permissionsIn(message.channelId).has(PermissionFlagsBits.ManageChannels) ??
      false
    );
  } catch {
    return false;
  }
}
