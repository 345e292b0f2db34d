import { setTimeout as sleepFor } from "node:timers/promises";
import type { Adapter } from "./core/adapter.ts";
import type { Outbox } from "./core/outbox.ts";
import { FAN_OUT_DEFAULTS, fanOut } from "./features/daily/fan-out.ts";

/**
 * Real time for the fan-out's spacing and Retry-After waits (tests pass their own). A wait ends
 * early, rejecting, once `stopping` aborts: shutting down must not sit out a Retry-After of
 * minutes, and a send cut short there has posted nothing, so its claim is freed as on a failure.
 */
export function realTime(stopping?: AbortSignal) {
  return {
    now: () => Date.now(),
    sleep: (ms: number) => sleepFor(ms, undefined, stopping ? { signal: stopping } : {}),
  };
}

/**
 * The core's outbox over the running adapters: each message goes to the adapter of its
 * platform, through a rate-limited fan-out tuned for that platform.
 */
export function deliveryOutbox(
  adapters: readonly Adapter[],
  time: { now(): number; sleep(ms: number): Promise<void> } = realTime(),
): Outbox {
  const routes = new Map<string, Outbox>();
  for (const adapter of adapters) {
    const direct: Outbox = {
      post: (target, reply, key) => {
        if (!adapter.post) throw new Error(`${adapter.name} cannot post to channels`);
        return adapter.post(target, reply, key);
      },
      update: async (target, messageId, reply) => {
        await adapter.update?.(target, messageId, reply);
      },
      dm: (person, reply) => {
        if (!adapter.dm) throw new Error(`${adapter.name} cannot send direct messages`);
        return adapter.dm(person, reply);
      },
    };
    const limits = FAN_OUT_DEFAULTS[adapter.name] ?? {
      concurrency: 5,
      perChannelIntervalMs: 0,
      maxAttempts: 3,
    };
    routes.set(adapter.name, fanOut(direct, { ...limits, ...time }));
  }
  const route = (platform: string): Outbox => {
    const outbox = routes.get(platform);
    if (!outbox) throw new Error(`no running adapter for ${platform}`);
    return outbox;
  };
  return {
    post: (target, reply, key) => route(target.platform).post(target, reply, key),
    update: (target, messageId, reply) => route(target.platform).update(target, messageId, reply),
    dm: (person, reply) => route(person.platform).dm(person, reply),
  };
}
