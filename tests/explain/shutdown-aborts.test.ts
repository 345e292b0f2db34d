// Stopping the bot cuts a hanging model call short: `docker stop` allows 10 s, OPENAI_TIMEOUT_MS
// allows up to 120. The real SDK talks to the local fake OpenAI, which never answers.
import { afterEach, describe, expect, test, vi } from "vitest";
import { type Booted, bootCore } from "../../src/boot.ts";
import { readConfig } from "../../src/config.ts";
import { text } from "../../src/core/messages.ts";
import type { Reply } from "../../src/core/reply.ts";
import { plain } from "../../src/core/rich-text.ts";
import { openStore } from "../../src/store/open-store.ts";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/openai/index.ts";
import { type RecordingLogger, recordingLogger } from "../helpers/recording-logger.ts";
import { API_KEY, asker, countingIds, FakeClock, settled, shown } from "./harness.ts";

const THINKING = plain(text.explainThinking);

let fake: FakeOpenAI;
let booted: Booted;
let log: RecordingLogger;
/** The signal of every request the SDK sent, so a test can see it was aborted. */
let sent: AbortSignal[];

afterEach(async () => {
  vi.restoreAllMocks();
  await booted.close();
  await fake.close();
});

/** The bot as `npm start` boots it (production tuning), its model the fake, its timeout the longest allowed. */
async function bootWithHangingModel(): Promise<void> {
  fake = await startFakeOpenAI();
  sent = [];
  const realFetch = globalThis.fetch;
  // The SDK reads the global fetch when it is built; this passes every call through unchanged.
  vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    if (init?.signal) sent.push(init.signal);
    return realFetch(input, init);
  });
  const read = readConfig({
    STORE_URL: "memory://",
    OPENAI_API_KEY: API_KEY,
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_TIMEOUT_MS: "120000",
  });
  if (!read.ok) throw new Error(read.errors.join("; "));
  log = recordingLogger();
  const store = await openStore("memory://", log);
  booted = await bootCore({
    config: read.config,
    log,
    clock: new FakeClock(),
    ids: countingIds(),
    store,
  });
  fake.hangNext(10);
}

/** Records the followUp's reply the moment it settles, so a test can check it has without waiting. */
function watch(reply: Reply): { settled: Reply | undefined } {
  const seen: { settled: Reply | undefined } = { settled: undefined };
  void settled(reply).then((final) => {
    seen.settled = final;
  });
  return seen;
}

describe("stopping while the model thinks", () => {
  test("GIVEN an explanation waiting on a model that never answers WHEN the bot closes THEN close returns with the plain answer given and the call aborted", async () => {
    await bootWithHangingModel();
    const first = await booted.bot.run(asker("ana"), { name: "explain", skill: "pytorch" });
    expect(shown(first)).toContain(THINKING);
    const followUp = watch(first);
    await fake.nextRequest();

    await booted.close();

    // Already settled when close returns: the adapters' drain after it has nothing to wait for.
    expect(followUp.settled).toBeDefined();
    const final = followUp.settled as Reply;
    expect(shown(final)).not.toContain(THINKING);
    expect(shown(final)).toContain("PyTorch · Frameworks");
    expect(shown(final)).not.toContain("Sources:");
    expect(sent.at(-1)?.aborted).toBe(true);
    expect(fake.requests).toHaveLength(1);
    expect(log.entries.map((e) => e.msg)).toContain("explanation cut short: the bot is stopping");
    // A stop is no model failure: nothing at warn level, and no error reaches the log's reader.
    expect(log.entries.filter((e) => e.level === "warn" || e.level === "error")).toEqual([]);
  });

  test("GIVEN the explanations were stopped WHEN someone asks during the adapters' drain THEN the plain answer comes at once, with no thinking line and no model call", async () => {
    await bootWithHangingModel();
    await booted.stopExplaining();

    const reply = await booted.bot.run(asker("ben"), { name: "explain", skill: "pytorch" });

    expect(reply.followUp).toBeUndefined();
    expect(shown(reply)).not.toContain(THINKING);
    expect(shown(reply)).toContain("PyTorch · Frameworks");
    expect(fake.requests).toHaveLength(0);
  });
});
