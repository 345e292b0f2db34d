import { createSlackAdapter } from "../adapters/slack/index.ts";
import { bootCore } from "../src/boot.ts";
import { readConfig } from "../src/config.ts";
import { silentLogger } from "../src/core/ports.ts";
import { deliveryOutbox } from "../src/delivery.ts";
import { FAN_OUT_DEFAULTS } from "../src/features/daily/fan-out.ts";
import { runDue } from "../src/features/daily/run-due.ts";
import { openStore } from "../src/store/open-store.ts";
import { FAKE_BOT, startFakeSlack } from "../tests/fakes/slack/index.ts";
import { ms, percentile } from "./stats.ts";

const CHANNELS = 1000;

/**
 * One day's quiz fanned out to 1,000 channels through the real Slack adapter against the fake
 * Slack Web API, which enforces one message per second per channel. Day 1 posts the questions;
 * day 2 posts each channel's reveal and next question at the same instant, so the per-channel
 * limit binds. Reported beside the theoretical minimum for the configured concurrency, with
 * the number of duplicate posts (must be 0).
 */
export async function bench(): Promise<string[]> {
  const fake = await startFakeSlack({ channelPostIntervalMs: 1000 });
  const read = readConfig({
    STORE_URL: "memory://",
    SLACK_SIGNING_SECRET: "s",
    SLACK_BOT_TOKEN: FAKE_BOT.token,
    SLACK_API_URL: fake.apiUrl,
  });
  if (!read.ok) throw new Error(read.errors.join());
  const booted = await bootCore({
    config: read.config,
    log: silentLogger,
    store: await openStore("memory://", silentLogger),
  });
  const adapter = createSlackAdapter({
    bot: booted.bot,
    core: booted.core,
    config: read.config,
    store: booted.store,
    log: silentLogger,
  });
  const outbox = deliveryOutbox([adapter]);
  const lines: string[] = [];
  try {
    // The latency of one post, measured in this run, for the theoretical minimum.
    const single: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      await adapter.post?.(
        { platform: "slack", tenant: "T0FAKE0001", channel: `CWARM${i}` },
        {
          visibility: "public",
          blocks: [{ kind: "text", text: [{ text: "warm-up" }] }],
          summary: "warm-up",
        },
      );
      single.push(performance.now() - t);
    }
    const latency = percentile(single, 50);
    for (let i = 0; i < CHANNELS; i++) {
      await booted.core.schedules.save({
        platform: "slack",
        tenant: "T0FAKE0001",
        channel: `C${String(i).padStart(4, "0")}`,
        time: "09:30",
        timezone: "UTC",
        topic: "weakest",
        enabledBy: "bench",
        enabledAt: "2026-11-01T00:00:00.000Z",
      });
    }
    const { concurrency } = FAN_OUT_DEFAULTS.slack ?? { concurrency: 1 };
    for (const [label, at, perChannel] of [
      ["day 1: 1,000 questions", "2026-11-27T09:30:00Z", 1],
      ["day 2: 1,000 reveals + 1,000 questions", "2026-11-28T09:30:00Z", 2],
    ] as const) {
      const before = fake.callsTo("chat.postMessage").length;
      const t = performance.now();
      const actions = await runDue(booted.core, outbox, new Date(at));
      const wall = performance.now() - t;
      const calls = fake.callsTo("chat.postMessage").slice(before);
      const ok = calls.filter((c) => c.status === 200);
      const perChannelCount = new Map<string, number>();
      for (const c of ok)
        perChannelCount.set(
          String(c.body.channel),
          (perChannelCount.get(String(c.body.channel)) ?? 0) + 1,
        );
      const duplicates = [...perChannelCount.values()].reduce(
        (sum, n) => sum + Math.max(0, n - perChannel),
        0,
      );
      const messages = CHANNELS * perChannel;
      const minimum = Math.max(
        (messages / concurrency) * latency,
        (perChannel - 1) * 1000 + latency,
      );
      lines.push(
        `${label}: wall ${ms(wall)}, theoretical minimum ${ms(minimum)} at concurrency ${concurrency} (${ms(latency)} per post), ratio ${(wall / minimum).toFixed(2)}; ${actions.length} actions, ${ok.length} posts, ${calls.length - ok.length} answered 429, duplicates ${duplicates}`,
      );
    }
  } finally {
    await adapter.stop();
    await booted.close();
    await fake.close();
  }
  return lines;
}
