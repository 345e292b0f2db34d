// A local Discord for tests of the discord.js bot: REST on `apiBase`, gateway behind
// `GET /gateway/bot`, and builders for what users do. Close the client before the fake:
// a client whose gateway vanishes keeps trying to resume.
//
//   const fake = await startFakeDiscord({ guilds: [{ id: "1", name: "Team" }] });
//   const client = new Client({ intents, rest: { api: fake.apiBase } });
//   await client.login("fake-token");
//   fake.dispatch("INTERACTION_CREATE", fake.interactions.chatInput({ command: "skill" }));
//   const call = await fake.nextCall({ route: "POST /interactions/:interactionId/:token/callback" });
import type { APIApplicationCommand, APIMessage, APIUser } from "discord.js";
import type { CallMatcher, FailureSpec, RecordedCall } from "./calls.ts";
import { type FakeGateway, type IdentifyData, startFakeGateway } from "./gateway.ts";
import { createInteractionBuilders, type InteractionBuilders } from "./interactions.ts";
import type { WaitOptions } from "./log.ts";
import { createMessageBuilders, type MessageBuilders } from "./messages.ts";
import type { FakeGuild } from "./objects.ts";
import { startFakeRest } from "./rest.ts";
import { appRoutes } from "./routes-app.ts";
import { channelRoutes } from "./routes-channels.ts";
import { commandRoutes, GLOBAL_SCOPE } from "./routes-commands.ts";
import { interactionRoutes } from "./routes-interactions.ts";
import { createWorld, type FakeDiscordOptions } from "./world.ts";

export interface FakeDiscord {
  /** For `new Client({ rest: { api: apiBase } })`; discord.js appends `/v10`. */
  apiBase: string;
  gatewayUrl: string;
  applicationId: string;
  botUser: APIUser;
  /** The default human in interactions and messages. */
  testUser: APIUser;
  guilds: readonly FakeGuild[];
  /** Every REST request, in order, with the fake's answer. */
  calls: readonly RecordedCall[];
  /** The next REST request matching; create the promise before triggering the call. */
  nextCall(matcher: CallMatcher, options?: WaitOptions): Promise<RecordedCall>;
  /** Fails the next `failure.times` (1) matching requests with that status / Discord code. */
  failNext(matcher: CallMatcher, failure: FailureSpec): void;
  /** Resolves once a client has identified and received READY and its guilds. */
  ready: Promise<IdentifyData>;
  /** Sends a gateway event (INTERACTION_CREATE, MESSAGE_CREATE, ...); returns sessions reached. */
  dispatch(event: string, data: unknown): number;
  gateway: FakeGateway;
  interactions: InteractionBuilders;
  messages: MessageBuilders;
  /** Registered commands: global by default, or a guild's. */
  commands(guildId?: string): readonly APIApplicationCommand[];
  /** A message the bot made or a user sent, as the fake holds it now. */
  message(id: string): APIMessage | undefined;
  /**
   * Forgets recorded calls, interactions and messages, keeping guilds, channels, DM channels and
   * commands: a long benchmark keeps the fake's memory (and its pauses) flat.
   */
  forgetHistory(): void;
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const world = createWorld(options);
  const gateway = await startFakeGateway(world, {
    ...(options.heartbeatIntervalMs === undefined
      ? {}
      : { heartbeatIntervalMs: options.heartbeatIntervalMs }),
    onDispatch(event, data) {
      if (event === "INTERACTION_CREATE") world.rememberInteraction(data);
      if (event === "MESSAGE_CREATE") world.rememberMessage(data);
    },
  });
  const rest = await startFakeRest(world, [
    ...appRoutes(world, () => gateway.url),
    ...interactionRoutes(world),
    ...commandRoutes(world),
    ...channelRoutes(world),
  ]);

  let closing: Promise<void> | undefined;
  return {
    apiBase: rest.apiBase,
    gatewayUrl: gateway.url,
    applicationId: world.application.id,
    botUser: world.botUser,
    testUser: world.testUser,
    guilds: world.guilds,
    calls: rest.calls,
    nextCall: rest.nextCall,
    failNext: rest.failNext,
    ready: gateway.ready,
    dispatch: gateway.dispatch,
    gateway,
    interactions: createInteractionBuilders(world),
    messages: createMessageBuilders(world),
    commands: (guildId) => world.commands.get(guildId ?? GLOBAL_SCOPE) ?? [],
    message: (id) => world.messages.get(id),
    forgetHistory() {
      rest.forget();
      gateway.forgetHistory();
      world.forgetHistory();
    },
    close() {
      closing ??= Promise.all([rest.close(), gateway.close()]).then(() => undefined);
      return closing;
    },
  };
}

export type { CallMatcher, FailureSpec, RecordedCall, RestRequest } from "./calls.ts";
export { DiscordErrorCode } from "./errors.ts";
export type { ClientFrame, FakeGateway, IdentifyData } from "./gateway.ts";
export { GatewayIntent } from "./intents.ts";
export type { InteractionBuilders, OptionInput } from "./interactions.ts";
export type { MessageBuilders } from "./messages.ts";
export {
  BOT_PERMISSIONS,
  MANAGER_PERMISSIONS,
  MEMBER_PERMISSIONS,
  Permission,
  permissionString,
} from "./permissions.ts";
export type { Where } from "./place.ts";
export type { FakeDiscordOptions, GuildInit } from "./world.ts";
