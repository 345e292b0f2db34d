// INTERACTION_CREATE payloads as Discord sends them: slash command (type 2), component press
// (type 3), autocomplete (type 4), modal submit (type 5); in a guild (member with permissions)
// or in the bot's DM (user, no member). `createInteractionBuilders` fills ids, tokens, channel
// and user from the fake's state; the `*Interaction` functions are the pure shapes.
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandInteraction,
  APIInteractionDataResolved,
  APIMessage,
  APIMessageComponentButtonInteraction,
  APIMessageComponentSelectMenuInteraction,
  APIModalSubmitInteraction,
  APIUser,
  Locale,
} from "discord.js";
import { carriesCustomId, submittedComponents } from "./components.ts";
import { storeMessage } from "./message-store.ts";
import { dmChannelObject, memberObject, textChannelObject } from "./objects.ts";
import { BOT_PERMISSIONS } from "./permissions.ts";
import { type Place, placeChannelId, resolvePlace, type Where } from "./place.ts";
import type { World } from "./world.ts";

/** Option types: 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number. */
export type OptionInput =
  | string
  | number
  | boolean
  | { type: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11; value: string | number | boolean };

export interface ChatInputSpec {
  command: string;
  subcommandGroup?: string;
  subcommand?: string;
  /** Values by option name; a string is type 3, a boolean 5, an integer 4, a fraction 10. */
  options?: Record<string, OptionInput>;
  /** The registered command's id; looked up among registered commands by default. */
  commandId?: string;
  resolved?: APIInteractionDataResolved;
}

export interface AutocompleteSpec extends ChatInputSpec {
  /** The option being typed in; Discord sends what is typed so far, as a string by default. */
  focused: { name: string; value: string; type?: 3 | 4 | 10 };
}

export interface ButtonSpec {
  customId: string;
  /** The message the button is on; by default the bot's latest message carrying it. */
  message?: APIMessage;
}

export interface SelectSpec extends ButtonSpec {
  values: string[];
}

export interface ModalSubmitSpec {
  customId: string;
  /** Text input values by custom_id. */
  fields: Record<string, string>;
  /** The modal the bot opened (callback data); by default the one the fake saw with customId. */
  modal?: unknown;
  /** For a modal opened from a component: the message that component is on. */
  message?: APIMessage;
}

/** Who, where and which: the part every interaction shares. */
export interface Envelope {
  id: string;
  token: string;
  applicationId: string;
  place: Place;
  appPermissions: string;
  joinedAt: string;
}

// discord-api-types' Locale is a string enum; Discord just sends strings like "en-US".
const asLocale = (value: string) => value as Locale;

function common(envelope: Envelope) {
  const { place } = envelope;
  const shared = {
    id: envelope.id,
    application_id: envelope.applicationId,
    token: envelope.token,
    version: 1 as const,
    app_permissions: envelope.appPermissions,
    locale: asLocale(place.locale),
    entitlements: [],
    attachment_size_limit: 10_485_760,
  };
  if (place.kind === "dm") {
    return {
      ...shared,
      channel_id: place.channelId,
      channel: dmChannelObject(place.channelId, place.user),
      user: place.user,
      authorizing_integration_owners: { 0: "0" },
      context: 1 as const, // BOT_DM
    };
  }
  const { guild, channel } = place;
  const position = guild.channels.indexOf(channel);
  return {
    ...shared,
    guild_id: guild.id,
    guild: { id: guild.id, locale: asLocale(guild.locale), features: [] },
    guild_locale: asLocale(guild.locale),
    channel_id: channel.id,
    channel: textChannelObject(channel, guild.id, position),
    member: {
      ...memberObject(place.user, envelope.joinedAt),
      roles: place.roles,
      permissions: place.permissions,
    },
    authorizing_integration_owners: { 0: guild.id },
    context: 0 as const, // GUILD
  };
}

function inferType(input: OptionInput): { type: number; value: string | number | boolean } {
  if (typeof input === "object") return input;
  if (typeof input === "string") return { type: 3, value: input };
  if (typeof input === "boolean") return { type: 5, value: input };
  return { type: Number.isInteger(input) ? 4 : 10, value: input };
}

function basicOptions(
  options: Record<string, OptionInput> = {},
): APIApplicationCommandInteractionDataBasicOption[] {
  // The option union is keyed on `type`, which is only known at run time here.
  return Object.entries(options).map(
    ([name, input]) =>
      ({ name, ...inferType(input) }) as APIApplicationCommandInteractionDataBasicOption,
  );
}

/** Wraps leaf options in the subcommand (and group) they belong to. */
function nest(
  spec: ChatInputSpec,
  leaves: APIApplicationCommandInteractionDataBasicOption[],
): APIApplicationCommandInteractionDataOption[] {
  if (spec.subcommand === undefined) return leaves;
  const subcommand = { type: 1 as const, name: spec.subcommand, options: leaves };
  if (spec.subcommandGroup === undefined) return [subcommand];
  return [{ type: 2 as const, name: spec.subcommandGroup, options: [subcommand] }];
}

function commandData(envelope: Envelope, spec: ChatInputSpec, commandId: string) {
  return {
    id: commandId,
    name: spec.command,
    type: 1 as const,
    ...(envelope.place.kind === "guild" ? { guild_id: envelope.place.guild.id } : {}),
    ...(spec.resolved ? { resolved: spec.resolved } : {}),
  };
}

export function chatInputInteraction(
  envelope: Envelope,
  spec: ChatInputSpec & { commandId: string },
): APIChatInputApplicationCommandInteraction {
  return {
    ...common(envelope),
    type: 2,
    data: {
      ...commandData(envelope, spec, spec.commandId),
      options: nest(spec, basicOptions(spec.options)),
    },
  };
}

export function autocompleteInteraction(
  envelope: Envelope,
  spec: AutocompleteSpec & { commandId: string },
): APIApplicationCommandAutocompleteInteraction {
  const focused = {
    name: spec.focused.name,
    type: spec.focused.type ?? 3,
    value: spec.focused.value,
    focused: true,
  } as APIApplicationCommandInteractionDataBasicOption;
  const { resolved: _resolved, ...data } = commandData(envelope, spec, spec.commandId);
  return {
    ...common(envelope),
    type: 4,
    data: {
      ...data,
      options: nest(spec, [...basicOptions(spec.options), focused]) as NonNullable<
        APIApplicationCommandAutocompleteInteraction["data"]["options"]
      >,
    },
  };
}

export function buttonInteraction(
  envelope: Envelope,
  spec: ButtonSpec & { message: APIMessage },
): APIMessageComponentButtonInteraction {
  const base = common(envelope);
  return {
    ...base,
    type: 3,
    message: spec.message,
    data: { custom_id: spec.customId, component_type: 2 },
  };
}

export function stringSelectInteraction(
  envelope: Envelope,
  spec: SelectSpec & { message: APIMessage },
): APIMessageComponentSelectMenuInteraction {
  return {
    ...common(envelope),
    type: 3,
    message: spec.message,
    data: { custom_id: spec.customId, component_type: 3, values: spec.values },
  };
}

export function modalSubmitInteraction(
  envelope: Envelope,
  spec: ModalSubmitSpec,
): APIModalSubmitInteraction {
  return {
    ...common(envelope),
    type: 5,
    ...(spec.message ? { message: spec.message } : {}),
    data: {
      custom_id: spec.customId,
      // Built from the modal the bot sent, so its layout is only known at run time.
      components: submittedComponents(
        spec.modal,
        spec.fields,
      ) as APIModalSubmitInteraction["data"]["components"],
    },
  };
}

export interface InteractionBuilders {
  chatInput(spec: ChatInputSpec & Where): APIChatInputApplicationCommandInteraction;
  autocomplete(spec: AutocompleteSpec & Where): APIApplicationCommandAutocompleteInteraction;
  button(spec: ButtonSpec & Where): APIMessageComponentButtonInteraction;
  stringSelect(spec: SelectSpec & Where): APIMessageComponentSelectMenuInteraction;
  modalSubmit(spec: ModalSubmitSpec & Where): APIModalSubmitInteraction;
}

export function createInteractionBuilders(world: World): InteractionBuilders {
  const envelope = (where: Where): Envelope => {
    const id = world.nextId();
    return {
      id,
      token: `fake-interaction-token-${id}`,
      applicationId: world.application.id,
      place: resolvePlace(world, where),
      appPermissions: BOT_PERMISSIONS,
      joinedAt: world.timestamp(),
    };
  };
  const commandIdFor = (spec: ChatInputSpec, place: Place) => {
    if (spec.commandId) return spec.commandId;
    const scopes = place.kind === "guild" ? [place.guild.id, "global"] : ["global"];
    const registered = scopes
      .flatMap((scope) => world.commands.get(scope) ?? [])
      .find((command) => command.name === spec.command && command.type === 1);
    return registered?.id ?? world.nextId();
  };
  /** The bot's latest message in the channel carrying this component, or a new one with it. */
  const messageWith = (customId: string, place: Place, bot: APIUser): APIMessage => {
    const channelId = placeChannelId(place);
    const latest = [...world.messages.values()]
      .reverse()
      .find(
        (message) =>
          message.channel_id === channelId && carriesCustomId(message.components, customId),
      );
    return (
      latest ??
      storeMessage(world, {
        channelId,
        author: bot,
        content: "",
        components: [
          { type: 1, components: [{ type: 2, style: 1, label: customId, custom_id: customId }] },
        ],
      })
    );
  };

  return {
    chatInput(spec) {
      const env = envelope(spec);
      return chatInputInteraction(env, { ...spec, commandId: commandIdFor(spec, env.place) });
    },
    autocomplete(spec) {
      const env = envelope(spec);
      return autocompleteInteraction(env, { ...spec, commandId: commandIdFor(spec, env.place) });
    },
    button(spec) {
      const env = envelope(spec);
      const message = spec.message ?? messageWith(spec.customId, env.place, world.botUser);
      return buttonInteraction(env, { ...spec, message });
    },
    stringSelect(spec) {
      const env = envelope(spec);
      const message = spec.message ?? messageWith(spec.customId, env.place, world.botUser);
      return stringSelectInteraction(env, { ...spec, message });
    },
    modalSubmit(spec) {
      const env = envelope(spec);
      return modalSubmitInteraction(env, {
        ...spec,
        modal: spec.modal ?? world.modals.get(spec.customId),
      });
    },
  };
}
