// Interaction responses: the callback (once per interaction, within the rules of its type) and
// the interaction webhook behind `@original` and follow-ups. Interactions are known from the
// INTERACTION_CREATE events the fake's gateway dispatched.
import type { APIMessage } from "discord.js";
import {
  DiscordErrorCode,
  errorReply,
  invalidFormBody,
  type RestReply,
  unknownInteraction,
  unknownMessage,
} from "./errors.ts";
import { asRecord } from "./json-read.ts";
import { contentFields, editMessage, MessageFlag, storeMessage } from "./message-store.ts";
import type { MessageContentFields } from "./objects.ts";
import { json, noContent, type Route, type RouteRequest } from "./router.ts";
import { autocompleteProblems, isEmptyMessage, messageProblems } from "./validation.ts";
import { findInteractionByToken, type InteractionRecord, type World } from "./world.ts";

export const InteractionType = {
  ApplicationCommand: 2,
  MessageComponent: 3,
  Autocomplete: 4,
  ModalSubmit: 5,
} as const;

export const CallbackType = {
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
  Modal: 9,
} as const;

/** Which callback types Discord accepts for which interaction types. */
const ALLOWED_CALLBACKS: Record<number, readonly number[]> = {
  [InteractionType.ApplicationCommand]: [4, 5, 9],
  [InteractionType.MessageComponent]: [4, 5, 6, 7, 9],
  [InteractionType.Autocomplete]: [8],
  [InteractionType.ModalSubmit]: [4, 5, 6, 7],
};

const alreadyAcknowledged = () =>
  errorReply(
    400,
    DiscordErrorCode.InteractionAlreadyAcknowledged,
    "Interaction has already been acknowledged.",
  );
const emptyMessage = () =>
  errorReply(400, DiscordErrorCode.CannotSendEmptyMessage, "Cannot send an empty message");

function responseMessage(
  world: World,
  interaction: InteractionRecord,
  fields: MessageContentFields,
): APIMessage {
  return storeMessage(world, {
    ...fields,
    channelId: interaction.channelId ?? "",
    author: world.botUser,
    // 20 = CHAT_INPUT_COMMAND: a slash command's reply; other replies are plain messages.
    type: interaction.type === InteractionType.ApplicationCommand ? 20 : 0,
    webhookId: world.application.id,
    applicationId: world.application.id,
    interactionMetadata: {
      id: interaction.id,
      type: interaction.type,
      user: interaction.user,
      authorizing_integration_owners: {},
    } as APIMessage["interaction_metadata"],
  });
}

/** Runs one callback; returns an error reply, or the message the response made (if any). */
function respond(
  world: World,
  interaction: InteractionRecord,
  request: RouteRequest,
): RestReply | { message: APIMessage | undefined } {
  const body = asRecord(request.body);
  const type = typeof body.type === "number" ? body.type : -1;
  const data = asRecord(body.data);
  const updatesMessage =
    type === CallbackType.DeferredUpdateMessage || type === CallbackType.UpdateMessage;
  // Updating needs a message to update: a modal submit only has one if a component opened it.
  const allowed =
    (ALLOWED_CALLBACKS[interaction.type] ?? []).includes(type) &&
    !(updatesMessage && interaction.sourceMessageId === null);
  if (!allowed) {
    return invalidFormBody([
      [
        "type",
        {
          code: "INTERACTION_CALLBACK_TYPE_INVALID",
          message: "Invalid callback type for this interaction",
        },
      ],
    ]);
  }
  const problems =
    type === CallbackType.AutocompleteResult
      ? autocompleteProblems(data)
      : type === CallbackType.ChannelMessageWithSource || type === CallbackType.UpdateMessage
        ? messageProblems(data, "data.")
        : [];
  if (problems.length > 0) return invalidFormBody(problems);

  const channelId = interaction.channelId ?? "";
  switch (type) {
    case CallbackType.ChannelMessageWithSource: {
      if (isEmptyMessage(data, request.files.length)) return emptyMessage();
      const message = responseMessage(
        world,
        interaction,
        contentFields(world, data, request.files, channelId),
      );
      interaction.originalMessageId = message.id;
      return { message };
    }
    case CallbackType.DeferredChannelMessageWithSource: {
      const ephemeral = (typeof data.flags === "number" ? data.flags : 0) & MessageFlag.Ephemeral;
      const message = responseMessage(world, interaction, {
        content: "",
        flags: ephemeral | MessageFlag.Loading,
      });
      interaction.originalMessageId = message.id;
      return { message };
    }
    case CallbackType.DeferredUpdateMessage:
    case CallbackType.UpdateMessage: {
      interaction.originalMessageId = interaction.sourceMessageId;
      const source = world.messages.get(interaction.sourceMessageId ?? "");
      if (type === CallbackType.DeferredUpdateMessage || !source) return { message: source };
      return { message: editMessage(world, source, data, request.files) };
    }
    case CallbackType.Modal: {
      if (typeof data.custom_id === "string") world.modals.set(data.custom_id, data);
      return { message: undefined };
    }
    default:
      return { message: undefined };
  }
}

function callbackRoute(world: World): Route {
  return {
    method: "POST",
    pattern: "/interactions/:interactionId/:token/callback",
    auth: false,
    handle: (request) => {
      const interaction = world.interactions.get(request.params.interactionId ?? "");
      if (!interaction || interaction.token !== request.params.token) return unknownInteraction();
      if (interaction.responseType !== null) return alreadyAcknowledged();
      const outcome = respond(world, interaction, request);
      if ("status" in outcome) return outcome;
      const type = Number(asRecord(request.body).type);
      interaction.responseType = type;
      // discord.js always sends ?with_response=…; without `true` Discord answers 204, no body.
      if (request.query.with_response !== "true") return noContent();
      const { message } = outcome;
      const flags = message?.flags ?? 0;
      return json({
        interaction: {
          id: interaction.id,
          type: interaction.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: (flags & MessageFlag.Loading) !== 0,
                response_message_ephemeral: (flags & MessageFlag.Ephemeral) !== 0,
              }
            : {}),
        },
        resource: { type, ...(message ? { message } : {}) },
      });
    },
  };
}

/** The interaction behind a webhook URL, or the error Discord gives for a bad one. */
function webhookInteraction(world: World, request: RouteRequest): InteractionRecord | RestReply {
  if (request.params.applicationId !== world.application.id) {
    return errorReply(404, DiscordErrorCode.UnknownWebhook, "Unknown Webhook");
  }
  const interaction = findInteractionByToken(world, request.params.token ?? "");
  return (
    interaction ?? errorReply(401, DiscordErrorCode.InvalidWebhookToken, "Invalid Webhook Token")
  );
}

/** The message `:messageId` names for this interaction: `@original` or one of its follow-ups. */
function webhookMessage(
  world: World,
  request: RouteRequest,
): { interaction: InteractionRecord; message: APIMessage } | RestReply {
  const interaction = webhookInteraction(world, request);
  if ("status" in interaction) return interaction;
  const requested = request.params.messageId ?? "";
  const id = requested === "@original" ? interaction.originalMessageId : requested;
  const owned =
    id !== null && (id === interaction.originalMessageId || interaction.followUpIds.has(id));
  const message = owned ? world.messages.get(id) : undefined;
  return message ? { interaction, message } : unknownMessage();
}

const WEBHOOK_MESSAGE = "/webhooks/:applicationId/:token/messages/:messageId";

export function interactionRoutes(world: World): Route[] {
  return [
    callbackRoute(world),
    {
      method: "GET",
      pattern: WEBHOOK_MESSAGE,
      auth: false,
      handle: (request) => {
        const found = webhookMessage(world, request);
        return "status" in found ? found : json(found.message);
      },
    },
    {
      method: "PATCH",
      pattern: WEBHOOK_MESSAGE,
      auth: false,
      handle: (request) => {
        const found = webhookMessage(world, request);
        if ("status" in found) return found;
        const problems = messageProblems(request.body);
        if (problems.length > 0) return invalidFormBody(problems);
        return json(editMessage(world, found.message, request.body, request.files));
      },
    },
    {
      method: "DELETE",
      pattern: WEBHOOK_MESSAGE,
      auth: false,
      handle: (request) => {
        const found = webhookMessage(world, request);
        if ("status" in found) return found;
        world.messages.delete(found.message.id);
        return noContent();
      },
    },
    {
      method: "POST",
      pattern: "/webhooks/:applicationId/:token",
      auth: false,
      handle: (request) => {
        const interaction = webhookInteraction(world, request);
        if ("status" in interaction) return interaction;
        const problems = messageProblems(request.body);
        if (problems.length > 0) return invalidFormBody(problems);
        if (isEmptyMessage(request.body, request.files.length)) return emptyMessage();
        const fields = contentFields(
          world,
          request.body,
          request.files,
          interaction.channelId ?? "",
        );
        const message = responseMessage(world, interaction, fields);
        interaction.followUpIds.add(message.id);
        // Executing a webhook answers 204 unless ?wait=true asks for the message.
        return request.query.wait === "true" ? json(message) : noContent();
      },
    },
  ];
}
