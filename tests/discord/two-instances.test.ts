// Two Skillbot instances on one bot token, sharing one redis-server: Discord sends every event
// to both sessions, and exactly one of them may answer.
import { afterEach, describe, expect, inject, test } from "vitest";
import { createAdapter } from "../../adapters/discord/index.ts";
import { bootCore } from "../../src/boot.ts";
import { readConfig } from "../../src/config.ts";
import { openStore } from "../../src/store/open-store.ts";
import { recordingLogger } from "../helpers/recording-logger.ts";
import { CALLBACK, type DiscordHarness, openDiscord } from "./harness.ts";

const redisUrl = inject("redisUrl");
const DISCORD_EPOCH_MS = 1_420_070_400_000;
const freshSnowflake = () =>
  String((BigInt(Date.now() - DISCORD_EPOCH_MS) << 22n) | BigInt(Math.floor(Math.random() * 4096)));
let h: DiscordHarness;
let closeSecond = async () => {};
afterEach(async () => {
  await closeSecond();
  await h.close();
});

describe.skipIf(!redisUrl)("two instances sharing Redis", () => {
  test("GIVEN two instances on one token WHEN an interaction reaches both THEN it is answered once", async () => {
    const log = recordingLogger();
    h = await openDiscord({ store: await openStore(redisUrl as string, log) });
    const read = readConfig({
      STORE_URL: redisUrl as string,
      DISCORD_TOKEN: "fake-token",
      DISCORD_API_BASE: h.fake.apiBase,
    });
    if (!read.ok) throw new Error(read.errors.join("; "));
    const store = await openStore(redisUrl as string, log);
    const second = await bootCore({ config: read.config, log, store });
    const adapter = createAdapter({
      bot: second.bot,
      core: second.core,
      config: read.config,
      store,
      log,
    });
    await adapter.start();
    closeSecond = async () => {
      await adapter.stop();
      await second.close();
    };
    await h.fake.ready;
    // The fake's ids repeat on every run, and Redis keeps claims for 15 minutes: a fresh id, so a
    // second run against the same redis-server does not find this one already claimed.
    const payload = {
      ...h.fake.interactions.chatInput({ command: "skills", subcommand: "help" }),
      id: freshSnowflake(),
    };
    const bothDone = Promise.all([
      h.log.waitFor((e) => e.msg === "interaction done" && e.obj.interaction === payload.id),
      log.waitFor((e) => e.msg === "interaction done" && e.obj.interaction === payload.id),
    ]);
    h.fake.dispatch("INTERACTION_CREATE", payload);
    await bothDone;
    const answers = h.fake.calls.filter(
      (c) => c.route === CALLBACK && c.path.includes(payload.token),
    );
    expect(answers).toHaveLength(1);
    expect(answers[0]?.status).toBe(204);
    const ignored = [...h.log.entries, ...log.entries].filter(
      (e) => e.msg === "duplicate interaction ignored" && e.obj.interaction === payload.id,
    );
    expect(ignored).toHaveLength(1);
  });
});
