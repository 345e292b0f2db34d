import { webApi } from "@slack/bolt";
import type { ChannelTarget } from "../../src/core/adapter.ts";
import type { Person } from "../../src/core/events.ts";
import { DeliveryUnknown, RateLimited, Undeliverable } from "../../src/core/outbox.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { Delivery } from "./deliver.ts";
import { renderMessage } from "./render.ts";
import { isTransient, retryAfterMs, type SlackCalls, slackErrorCode } from "./web-api.ts";

/** A message we were asked to start but must not (or cannot) send. */
export class SlackPostRefused extends Error {
  override name = "SlackPostRefused";
  readonly code: "PrivateReplyInChannel" | "NotInstalled";
  constructor(code: SlackPostRefused["code"], message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * The bot tokens for a tenant, to try in order: the single workspace's, or its installation's
 * (and, in an Enterprise Grid org, those of its workspaces that installed the app themselves).
 */
export type TokenSource = (tenant: string) => Promise<readonly string[]>;

/** Slack's answers that mean "not this workspace's": another token of the tenant may do. */
const ELSEWHERE = new Set([
  "channel_not_found",
  "not_in_channel",
  "user_not_found",
  "message_not_found",
  "team_access_not_granted",
  "invalid_auth",
  "account_inactive",
  "token_revoked",
]);
const elsewhere = (error: unknown) => ELSEWHERE.has(slackErrorCode(error) ?? "");

/**
 * Messages the bot starts itself (the daily quiz in a channel, its reveal, review reminders),
 * with the tenant's own token. Channel posts are public, so a private reply is refused there.
 * The core's outbox paces and retries these, so failures are reported in its terms: a 429 is
 * RateLimited (nothing was posted), a timeout or 5xx is DeliveryUnknown (it may have been).
 * Slack has no idempotency key for posts; the outbox only retries after RateLimited.
 */
export class Outbound {
  readonly #calls: SlackCalls;
  readonly #delivery: Delivery;
  readonly #clientOptions: webApi.WebClientOptions;
  readonly #client: webApi.WebClient;
  readonly #tokenFor: TokenSource;

  constructor(deps: {
    calls: SlackCalls;
    delivery: Delivery;
    clientOptions: webApi.WebClientOptions;
    tokenFor: TokenSource;
  }) {
    this.#calls = deps.calls;
    this.#delivery = deps.delivery;
    this.#clientOptions = deps.clientOptions;
    this.#client = new webApi.WebClient(undefined, deps.clientOptions);
    this.#tokenFor = deps.tokenFor;
  }

  async post(target: ChannelTarget, reply: Reply): Promise<{ messageId: string }> {
    const message = publicMessage(reply);
    const posted = await outboxTerms(() =>
      this.#withToken(target.tenant, (token) =>
        this.#calls.call(
          "chat.postMessage",
          "once",
          () =>
            this.#client.chat.postMessage({
              token,
              channel: target.channel,
              ...message,
              unfurl_links: false,
              unfurl_media: false,
            }),
          "raise",
        ),
      ),
    );
    return { messageId: posted.ts ?? "" };
  }

  async update(target: ChannelTarget, messageId: string, reply: Reply): Promise<void> {
    const message = publicMessage(reply);
    await outboxTerms(() =>
      this.#withToken(target.tenant, (token) =>
        this.#calls.call(
          "chat.update",
          "idempotent",
          () =>
            this.#client.chat.update({ token, channel: target.channel, ts: messageId, ...message }),
          "raise",
        ),
      ),
    );
  }

  /** Into the app's DM with the person: private replies are fine there. */
  async dm(person: Person, reply: Reply): Promise<void> {
    await outboxTerms(() =>
      this.#withToken(person.tenant, (token) =>
        this.#delivery.send(new webApi.WebClient(token, this.#clientOptions), reply, {
          user: person.user,
          publicOk: false,
        }),
      ),
    );
  }

  /**
   * `send` with the tenant's token; with several (a Grid org's workspaces), each in turn while
   * Slack answers that the channel or person is not that workspace's. Such an answer means
   * nothing was sent, so trying the next one cannot post twice.
   */
  async #withToken<R>(tenant: string, send: (token: string) => Promise<R>): Promise<R> {
    const tokens = await this.#tokenFor(tenant);
    if (tokens.length === 0)
      throw new SlackPostRefused("NotInstalled", `not installed in Slack tenant ${tenant}`);
    let notHere: unknown;
    for (const token of tokens) {
      try {
        return await send(token);
      } catch (error) {
        if (!elsewhere(error)) throw error;
        notHere = error;
      }
    }
    throw notHere;
  }
}

/**
 * Slack's answers after which posting there again cannot work until someone acts: the channel
 * is gone or archived, the bot is not in it, or the app lost its access to the workspace.
 */
const REFUSED_FOR_GOOD = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "restricted_action",
  "user_not_found",
  "message_not_found",
  "cant_update_message",
  "team_access_not_granted",
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "missing_scope",
]);

/** Slack's errors as the outbox reads them. */
async function outboxTerms<R>(run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    const code = slackErrorCode(error);
    if (
      (code && REFUSED_FOR_GOOD.has(code)) ||
      (error instanceof SlackPostRefused && error.code === "NotInstalled")
    )
      throw new Undeliverable(`Slack refused the message for good: ${code ?? "not installed"}`, {
        cause: error,
      });
    const wait = retryAfterMs(error);
    if (wait !== undefined) throw new RateLimited(wait, { cause: error });
    if (isTransient(error))
      throw new DeliveryUnknown("Slack may have taken the message", { cause: error });
    throw error;
  }
}

function publicMessage(reply: Reply) {
  if (reply.visibility !== "public")
    throw new SlackPostRefused(
      "PrivateReplyInChannel",
      "a private reply cannot be posted in a channel",
    );
  return renderMessage(reply, "name");
}
