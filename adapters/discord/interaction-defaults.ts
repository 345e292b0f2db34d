import { type Client, Events, GatewayDispatchEvents } from "discord.js";

/**
 * Fills in the two interaction fields Discord documents as always sent, `entitlements` ([]) and
 * `authorizing_integration_owners` ({}), when a payload leaves them out (a lenient proxy or test
 * double). discord.js 14 reads both unchecked while it builds an interaction (BaseInteraction),
 * inside its gateway handler, where a throw escapes every listener and ends the process. The
 * client emits `raw` synchronously with the very packet object just before it handles it
 * (WebSocketManager#attachEvents: emit(Events.Raw, data), then handlePacket(data)), so what is
 * filled in here is what discord.js builds the interaction from.
 */
export function fillInteractionDefaults(client: Client): void {
  client.on(Events.Raw, (packet: { t?: unknown; d?: unknown }) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    if (typeof packet.d !== "object" || packet.d === null) return;
    const interaction = packet.d as Record<string, unknown>;
    interaction.entitlements ??= [];
    interaction.authorizing_integration_owners ??= {};
  });
}
