// The fake Slack platform on one 127.0.0.1 port: the Web API under /api/, minted response_url
// webhooks under /commands/, and the Socket Mode WebSocket under /link/.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { CHAT_METHODS } from "./api-chat.ts";
import { IDENTITY_METHODS } from "./api-identity.ts";
import {
  type ApiResponse,
  type FakeOAuthConfig,
  failure,
  type MethodHandler,
} from "./api-request.ts";
import { VIEW_METHODS } from "./api-views.ts";
import { FailureScript, type ScriptedFailure } from "./failures.ts";
import { CallLog, type CallPredicate, type RecordedCall } from "./recorder.ts";
import { RESPONSE_URL_PREFIX, ResponseUrls } from "./response-urls.ts";
import { FakeSocketMode } from "./socket-mode.ts";
import { tokenError, tokenOf } from "./tokens.ts";
import { parseBody, readBody, reply } from "./wire.ts";
import {
  FAKE_BOT,
  FAKE_TEAM,
  type FakeBot,
  type FakeTeam,
  type FakeUserProfile,
  FakeWorkspace,
} from "./workspace.ts";

export interface FakeSlackOptions {
  team?: Partial<FakeTeam>;
  bot?: Partial<FakeBot>;
  /** Extra people for users.info, by user ID (the bot and FAKE_USER always exist). */
  users?: Record<string, Partial<FakeUserProfile>>;
  oauth?: FakeOAuthConfig;
  /** Clock for message timestamps and time-zone offsets (default Date.now). */
  now?: () => number;
  /**
   * Slack's per-channel posting limit: more than one chat.postMessage to a channel within this
   * many milliseconds gets a 429 with Retry-After, as Slack answers bursts. Off by default.
   */
  channelPostIntervalMs?: number;
  /**
   * Channels the bot is not a member of: conversations.info says `is_member: false` (private
   * G… ones are invisible: channel_not_found) and chat.postMessage there fails not_in_channel.
   */
  channelsWithoutBot?: readonly string[];
}

/** The method name under which posts to minted response URLs are recorded. */
export const RESPONSE_URL = "response_url";

export class FakeSlack {
  readonly workspace: FakeWorkspace;
  readonly socketMode: FakeSocketMode;
  readonly #log = new CallLog();
  readonly #failures = new FailureScript();
  readonly #handlers = new Map<string, MethodHandler>(
    Object.entries({ ...CHAT_METHODS, ...VIEW_METHODS, ...IDENTITY_METHODS }),
  );
  readonly #oauth: FakeOAuthConfig;
  readonly #server: Server;
  readonly #responseUrls = new ResponseUrls();
  readonly #channelPostIntervalMs: number | undefined;
  readonly #lastPost = new Map<string, number>();

  constructor(options: FakeSlackOptions = {}) {
    this.#channelPostIntervalMs = options.channelPostIntervalMs;
    this.workspace = new FakeWorkspace(
      { ...FAKE_TEAM, ...options.team },
      { ...FAKE_BOT, ...options.bot },
      options.now ?? Date.now,
    );
    for (const [id, user] of Object.entries(options.users ?? {})) this.workspace.setUser(id, user);
    for (const id of options.channelsWithoutBot ?? []) this.workspace.channelsWithoutBot.add(id);
    this.#oauth = options.oauth ?? {};
    this.socketMode = new FakeSocketMode(this.workspace.bot.appId, () =>
      this.origin.replace(/^http/, "ws"),
    );
    this.#server = createServer((request, response) => {
      this.#onRequest(request, response).catch((error: unknown) => {
        if (!response.headersSent) reply(response, 500, failure("fake_slack_crashed"));
        console.error("fake Slack: request handler failed", error);
      });
    });
    this.#server.on("upgrade", (request, socket, head: Buffer) => {
      if (!this.socketMode.handleUpgrade(request, socket, head)) socket.destroy();
    });
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(0, "127.0.0.1", () => resolve());
    });
  }

  /** `http://127.0.0.1:PORT` */
  get origin(): string {
    const address = this.#server.address();
    if (address === null || typeof address === "string")
      throw new Error("fake Slack: not listening");
    return `http://127.0.0.1:${address.port}`;
  }

  /** Pass as WebClient / Bolt `clientOptions.slackApiUrl`. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  get calls(): readonly RecordedCall[] {
    return this.#log.calls;
  }

  callsTo(method: string): RecordedCall[] {
    return this.#log.callsTo(method);
  }

  /** The oldest not-yet-claimed call of `method` matching `predicate`, waiting if none came yet. */
  nextCall(method: string, predicate?: CallPredicate, timeoutMs?: number): Promise<RecordedCall> {
    return this.#log.nextCall(method, predicate, timeoutMs);
  }

  /** The next `times` calls of `method` (or of RESPONSE_URL) fail as scripted. */
  failNext(method: string, scripted: ScriptedFailure): void {
    this.#failures.failNext(method, scripted);
  }

  /** A response_url on this server; posts to it are recorded as method RESPONSE_URL. */
  responseUrl(): string {
    return `${this.origin}${this.#responseUrls.mint(this.workspace.team.id)}`;
  }

  setUser(id: string, user: Partial<FakeUserProfile>): void {
    this.workspace.setUser(id, user);
  }

  /** Adds or replaces a method's behaviour, for the odd test that needs a method not faked here. */
  handle(method: string, handler: MethodHandler): void {
    this.#handlers.set(method, handler);
  }

  async close(): Promise<void> {
    this.#log.rejectAll("fake Slack closed");
    await this.socketMode.close();
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  async #onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.origin);
    const raw = await readBody(request);
    if (url.pathname.startsWith("/api/")) {
      const body = parseBody(raw, request.headers["content-type"]);
      // Slack also takes arguments in the query string; the body wins on conflict.
      for (const [key, value] of url.searchParams) if (body && !(key in body)) body[key] = value;
      this.#onApiCall(url, request, body, response);
    } else if (url.pathname.startsWith(RESPONSE_URL_PREFIX)) {
      this.#onResponseUrl(url, request, raw, response);
    } else {
      reply(response, 404, "not found");
    }
  }

  #onApiCall(
    url: URL,
    request: IncomingMessage,
    parsed: Record<string, unknown> | undefined,
    response: ServerResponse,
  ): void {
    const method = url.pathname.slice("/api/".length);
    const body = parsed ?? {};
    const token = tokenOf(request, body);
    const record = (status: number) =>
      this.#log.record({ method, url: url.href, body, headers: request.headers, token, status });

    const limited = this.#channelLimit(method, body);
    if (limited !== undefined) {
      record(429);
      reply(response, 429, failure("ratelimited"), { "Retry-After": String(limited) });
      return;
    }
    const scripted = this.#failures.take(method);
    if (scripted?.hang) {
      record(0);
      return;
    }
    if (scripted !== undefined) {
      record(scripted.status);
      reply(response, scripted.status, scripted.body, scripted.headers);
      return;
    }
    const answer = this.#answer(method, parsed, token, request);
    record(200);
    reply(response, 200, answer);
  }

  /** Seconds to wait when a post comes too soon after the last one in its channel, else undefined. */
  #channelLimit(method: string, body: Record<string, unknown>): number | undefined {
    const interval = this.#channelPostIntervalMs;
    const channel = typeof body.channel === "string" ? body.channel : undefined;
    if (interval === undefined || method !== "chat.postMessage" || channel === undefined)
      return undefined;
    const now = Date.now();
    const last = this.#lastPost.get(channel);
    if (last !== undefined && now - last < interval)
      return Math.max(1, Math.ceil((interval - (now - last)) / 1000));
    this.#lastPost.set(channel, now);
    return undefined;
  }

  #answer(
    method: string,
    parsed: Record<string, unknown> | undefined,
    token: string | undefined,
    request: IncomingMessage,
  ): ApiResponse {
    if (parsed === undefined) return failure("invalid_form_data");
    const handler = this.#handlers.get(method);
    if (handler === undefined) return failure("unknown_method");
    const problem = tokenError(method, token);
    if (problem !== undefined) return failure(problem);
    return handler({
      method,
      body: parsed,
      headers: request.headers,
      token,
      workspace: this.workspace,
      oauth: this.#oauth,
      socketModeUrl: () => this.socketMode.url(),
    });
  }

  #onResponseUrl(url: URL, request: IncomingMessage, raw: string, response: ServerResponse): void {
    const body = parseBody(raw, "application/json") ?? { raw };
    const record = (status: number) =>
      this.#log.record({
        method: RESPONSE_URL,
        url: url.href,
        body,
        headers: request.headers,
        token: undefined,
        status,
      });
    const scripted = this.#failures.take(RESPONSE_URL);
    if (scripted !== undefined) {
      record(scripted.status);
      reply(response, scripted.status, scripted.body, scripted.headers);
      return;
    }
    const verdict = this.#responseUrls.use(url.pathname);
    if (verdict !== "ok") {
      record(404);
      reply(response, 404, verdict);
      return;
    }
    record(200);
    reply(response, 200, "ok");
  }
}

/** Starts the fake on a free 127.0.0.1 port. */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const fake = new FakeSlack(options);
  await fake.listen();
  return fake;
}
