// Who the bot is and where the gateway is: the calls discord.js makes while logging in
// (`GET /gateway/bot`) or when asked (`client.application.fetch()`, `users.fetch`, `createDM`).
import type { APIApplication, APIGatewayBotInfo } from "discord.js";
import { DiscordErrorCode, errorReply } from "./errors.ts";
import { dmChannelObject, userObject } from "./objects.ts";
import { json, type Route } from "./router.ts";
import type { World } from "./world.ts";

export function appRoutes(world: World, gatewayUrl: () => string): Route[] {
  return [
    {
      method: "GET",
      pattern: "/gateway/bot",
      auth: true,
      // discord.js has no gateway URL option: it connects wherever this answer points.
      handle: () =>
        json({
          url: gatewayUrl(),
          shards: 1,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 14_400_000,
            max_concurrency: 1,
          },
        } satisfies APIGatewayBotInfo),
    },
    {
      method: "GET",
      pattern: "/gateway",
      auth: false,
      handle: () => json({ url: gatewayUrl() }),
    },
    {
      method: "GET",
      pattern: "/users/@me",
      auth: true,
      handle: () => json({ ...world.botUser, verified: true, mfa_enabled: false, flags: 0 }),
    },
    {
      method: "GET",
      pattern: "/users/:userId",
      auth: true,
      handle: ({ params }) => {
        const user = world.users.get(params.userId ?? "");
        return user ? json(user) : errorReply(404, DiscordErrorCode.UnknownUser, "Unknown User");
      },
    },
    {
      method: "GET",
      pattern: "/applications/@me",
      auth: true,
      handle: () =>
        json({
          id: world.application.id,
          name: world.application.name,
          icon: null,
          description: "",
          summary: "",
          bot: world.botUser,
          bot_public: true,
          bot_require_code_grant: false,
          verify_key: "0".repeat(64),
          team: null,
          flags: world.application.flags,
          flags_new: String(world.application.flags),
          approximate_guild_count: world.guilds.length,
          redirect_uris: [],
          interactions_endpoint_url: null,
        } satisfies APIApplication),
    },
    {
      method: "POST",
      pattern: "/users/@me/channels",
      auth: true,
      // Discord hands back the same DM channel every time for the same recipient.
      handle: ({ body }) => {
        const recipientId = (body as { recipient_id?: unknown } | undefined)?.recipient_id;
        if (typeof recipientId !== "string") {
          return errorReply(400, DiscordErrorCode.InvalidFormBody, "Invalid Form Body");
        }
        const recipient =
          world.users.get(recipientId) ??
          userObject({ id: recipientId, username: `user${recipientId}` });
        const channel = world.dmChannelFor(recipient);
        return json(dmChannelObject(channel.id, recipient));
      },
    },
  ];
}
