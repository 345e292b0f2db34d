import type { webApi } from "@slack/bolt";
import type { Clock, Logger } from "../../src/core/ports.ts";
import { SLACK_TIMING as T } from "./limits.ts";
import type { SlackCalls } from "./web-api.ts";

/**
 * What users.info tells us about a person: how to name them, and whether they run the
 * workspace; `isAdmin` is left out when Slack could not say (it failed, or was too slow).
 */
export type SlackProfile = { displayName?: string; isAdmin?: boolean; tz?: string };

const UNKNOWN: SlackProfile = {};
const MAX_NAME = 80;

/**
 * users.info answers, cached per person for a few minutes (names and roles rarely change, and
 * the call is rate limited). A lookup never holds up an answer for long: when Slack is slow the
 * person is answered without a name, and the lookup finishes for next time.
 */
export class SlackProfiles {
  readonly #cache = new Map<string, { profile: SlackProfile; expires: number }>();
  readonly #pending = new Map<string, Promise<SlackProfile>>();
  readonly #calls: SlackCalls;
  readonly #clock: Clock;
  readonly #log: Logger;

  constructor(calls: SlackCalls, clock: Clock, log: Logger) {
    this.#calls = calls;
    this.#clock = clock;
    this.#log = log;
  }

  async lookup(client: webApi.WebClient, tenant: string, user: string): Promise<SlackProfile> {
    const key = `${tenant}:${user}`;
    const cached = this.#cache.get(key);
    if (cached && cached.expires > this.#clock.now().getTime()) return cached.profile;
    const pending = this.#pending.get(key) ?? this.#fetch(client, key, user);
    this.#pending.set(key, pending);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<SlackProfile>((resolve) => {
      timer = setTimeout(() => resolve(cached?.profile ?? UNKNOWN), T.profileWaitMs);
    });
    try {
      return await Promise.race([pending, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  async #fetch(client: webApi.WebClient, key: string, user: string): Promise<SlackProfile> {
    try {
      const { user: info } = await this.#calls.call("users.info", "idempotent", () =>
        client.users.info({ user }),
      );
      const name = info?.profile?.display_name || info?.real_name || info?.name;
      const profile: SlackProfile = {
        isAdmin: Boolean(info?.is_admin || info?.is_owner),
        ...(name ? { displayName: name.slice(0, MAX_NAME) } : {}),
        ...(info?.tz ? { tz: info.tz } : {}),
      };
      this.#remember(key, profile, T.profileTtlMs);
      return profile;
    } catch (error) {
      this.#log.warn({ err: error }, "users.info failed; answering without the person's name");
      // Remembered for seconds only: enough that a missing scope or an outage does not cost a
      // call per message, short enough that one blip does not take an admin's rights for minutes.
      this.#remember(key, UNKNOWN, T.profileFailureTtlMs);
      return UNKNOWN;
    } finally {
      this.#pending.delete(key);
    }
  }

  #remember(key: string, profile: SlackProfile, ttlMs: number): void {
    // A Map iterates in insertion order: the first key is the oldest entry.
    if (this.#cache.size >= T.profileCacheSize) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    this.#cache.delete(key);
    this.#cache.set(key, { profile, expires: this.#clock.now().getTime() + ttlMs });
  }
}
