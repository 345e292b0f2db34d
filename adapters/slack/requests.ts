import type { Context, webApi } from "@slack/bolt";
import type { Bot } from "../../src/core/bot.ts";
import type { IncomingEvent } from "../../src/core/events.ts";
import type { Logger } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import type { Delivery } from "./deliver.ts";
import type { Destination } from "./destination.ts";
import { type Asking, SlackPayloadRejected, tenantOf } from "./parse.ts";
import { present } from "./present.ts";
import type { SlackProfiles } from "./profiles.ts";
import { homeView } from "./render-form.ts";
import type { SlackCalls } from "./web-api.ts";
import type { WorkQueue } from "./work-queue.ts";

/** What every listener needs. */
export type SlackDeps = {
  bot: Bot;
  store: RecordStore;
  log: Logger;
  admins: ReadonlySet<string>;
  calls: SlackCalls;
  profiles: SlackProfiles;
  delivery: Delivery;
  /** Counts work as in flight, so `stop()` can wait for it. */
  track(work: Promise<unknown>): void;
  /** Where the work after each ack waits its turn. */
  queue: WorkQueue;
};

/**
 * Runs one request's work after the ack. Any failure is logged with its cause and the person
 * gets a short apology where they asked: never silence, never a stack trace. `unasked`: work
 * nobody asked for in words (opening the Home tab), whose failure is only logged, or every
 * opening of a broken Home would leave another apology in the person's DM.
 */
export async function work(
  deps: SlackDeps,
  client: webApi.WebClient,
  to: Destination,
  run: () => Promise<void>,
  unasked?: { failure: string },
): Promise<void> {
  const done = deps.queue.run(run).catch(async (error: unknown) => {
    const where = { err: error, user: to.user, channel: to.channel };
    if (unasked) return deps.log.error(where, unasked.failure);
    deps.log.error(where, "Slack request failed");
    await deps.delivery.apologize(client, to);
  });
  deps.track(done);
  await done;
}

/**
 * The person behind a request: tenant from Bolt's context, name and role from users.info, and
 * whether they may change channel settings (workspace admins and owners, or SKILLBOT_ADMINS).
 */
export async function identify(
  deps: SlackDeps,
  client: webApi.WebClient,
  context: Context,
  user: string,
): Promise<Asking> {
  const tenant = tenantOf(context);
  if (!tenant) throw new SlackPayloadRejected("no team or enterprise id in the payload");
  const profile = await deps.profiles.lookup(client, tenant, user);
  const listed = deps.admins.has(user);
  return {
    person: {
      platform: "slack",
      tenant,
      user,
      ...(profile.displayName ? { displayName: profile.displayName } : {}),
    },
    canManageChannel: listed || profile.isAdmin === true,
    ...(!listed && profile.isAdmin === undefined ? { adminUnknown: true as const } : {}),
    ...(profile.tz ? { timezone: profile.tz } : {}),
  };
}

/** Asks the bot, then shows its answer (a modal when there is a trigger and a form to open). */
export async function answer(
  deps: SlackDeps,
  client: webApi.WebClient,
  to: Destination,
  event: IncomingEvent,
  trigger?: string,
): Promise<Reply> {
  const reply = await deps.bot.handle(event);
  await present({ client, to, trigger }, reply, deps);
  return reply;
}

/** Publishes the person's App Home: their profile, gaps and next steps, only ever shown to them. */
export async function publishHome(
  deps: SlackDeps,
  client: webApi.WebClient,
  asking: Asking,
  channel: string | undefined,
): Promise<void> {
  const reply = await deps.bot.home({
    person: asking.person,
    where: { channel: channel ?? "home", kind: "dm", audience: "private" },
  });
  await deps.calls.call("views.publish", "idempotent", () =>
    client.views.publish({ user_id: asking.person.user, view: homeView(reply) }),
  );
}
