// Two instances on one token, sharing a store as they share Redis: the one whose claim is still on
// its way when its deadline passes defers, and the one that wins the claim must still answer.
import { afterEach, describe, expect, test } from "vitest";
import type { Deadline } from "../../adapters/discord/deadline.ts";
import { createAdapter } from "../../adapters/discord/index.ts";
import { bootCore } from "../../src/boot.ts";
import { readConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { type RecordingLogger, recordingLogger } from "../helpers/recording-logger.ts";
import { storeWith } from "../helpers/store.ts";
import { CALLBACK, type DiscordHarness, EDIT_ORIGINAL, openDiscord } from "./harness.ts";
import { buttonsOf, isEphemeral, messageText, type SentMessage } from "./seen.ts";

/** A deadline per instance, fired by hand. */
function handDeadline(): { deadline: Deadline; fire(): void } {
  let onElapsed: (() => void) | undefined;
  return {
    deadline: (callback) => {
      onElapsed = callback;
      return { cancel: () => (onElapsed = undefined) };
    },
    fire: () => onElapsed?.(),
  };
}

/** A promise the test settles, and one that says when the code reached it. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  let reach = () => {};
  const reached = new Promise<void>((resolve) => {
    reach = resolve;
  });
  return { open, opened, reach, reached };
}

let h: DiscordHarness;
let closeSecond = async () => {};
afterEach(async () => {
  await closeSecond();
  await h.close();
});

/**
 * Instance A wins the claim at once but hears so only when `winnerHears` opens; instance B's
 * claim reaches the store only when `loserClaims` opens, so it loses. Both share one store that
 * says it is Redis, so each claims every interaction there.
 */
async function twoInstances() {
  const inner = await openStore("memory://", silentLogger);
  const winnerHears = gate();
  const loserClaims = gate();
  const shared = (claim: RecordStore["claim"]) => storeWith(inner, { kind: "redis", claim });
  const storeA = shared(async (key, value, ttlMs) => {
    const won = await inner.claim(key, value, ttlMs);
    winnerHears.reach();
    await winnerHears.opened;
    return won;
  });
  const storeB = shared(async (key, value, ttlMs) => {
    loserClaims.reach();
    await loserClaims.opened;
    return inner.claim(key, value, ttlMs);
  });
  const deadlineA = handDeadline();
  const deadlineB = handDeadline();
  h = await openDiscord({ store: storeA, deadline: deadlineA.deadline });
  const read = readConfig({
    STORE_URL: "memory://",
    DISCORD_TOKEN: "fake-token",
    DISCORD_API_BASE: h.fake.apiBase,
  });
  if (!read.ok) throw new Error(read.errors.join("; "));
  const logB = recordingLogger();
  const second = await bootCore({ config: read.config, log: logB, store: storeB });
  const adapterB = createAdapter(
    { bot: second.bot, core: second.core, config: read.config, store: storeB, log: logB },
    { deadline: deadlineB.deadline },
  );
  await adapterB.start();
  closeSecond = async () => {
    winnerHears.open();
    loserClaims.open();
    await adapterB.stop();
    await second.close();
    await inner.close();
  };
  return { winnerHears, loserClaims, deadlineA, deadlineB, logB };
}

const doneIn = (log: RecordingLogger, id: string) =>
  log.waitFor((e) => e.msg === "interaction done" && e.obj.interaction === id);

/** B, with its claim still on the way, defers when its deadline passes. */
async function loserDefers(
  setup: Awaited<ReturnType<typeof twoInstances>>,
  payload: { token: string },
) {
  await Promise.all([setup.winnerHears.reached, setup.loserClaims.reached]);
  const deferred = h.fake.nextCall((c) => c.route === CALLBACK && c.path.includes(payload.token));
  setup.deadlineB.fire();
  expect((await deferred).status).toBe(204);
}

function exchangeOf(token: string, logB: RecordingLogger, id: string) {
  const calls = h.fake.calls.filter((c) => c.path.includes(token));
  const edits = calls.filter((c) => c.route === EDIT_ORIGINAL);
  const problems = [...h.log.entries, ...logB.entries].filter(
    (e) => e.obj.interaction === id && (e.level === "warn" || e.level === "error"),
  );
  const ignored = logB.entries.filter(
    (e) => e.msg === "duplicate interaction ignored" && e.obj.interaction === id,
  );
  return { calls, edits, problems, ignored };
}

describe("two instances, one of them deferring while its claim is on the way", () => {
  test("GIVEN the loser deferred WHEN the winner's own deferral is refused as already acknowledged THEN the winner answers by editing @original", async () => {
    const setup = await twoInstances();
    const payload = h.fake.interactions.chatInput({ command: "skills", subcommand: "profile" });
    const bothDone = Promise.all([doneIn(h.log, payload.id), doneIn(setup.logB, payload.id)]);
    h.fake.dispatch("INTERACTION_CREATE", payload);
    await loserDefers(setup, payload);
    const refused = h.fake.nextCall((c) => c.route === CALLBACK && c.path.includes(payload.token));
    setup.deadlineA.fire();
    expect((await refused).response).toMatchObject({ code: 40060 });
    setup.winnerHears.open();
    setup.loserClaims.open();
    await bothDone;

    const seen = exchangeOf(payload.token, setup.logB, payload.id);
    expect(seen.edits.map((c) => c.status)).toEqual([200]);
    const answer = seen.edits[0]?.body as SentMessage;
    expect(messageText(answer)).toMatch(/haven't rated any skills yet/);
    expect(seen.problems).toEqual([]);
    expect(seen.ignored).toHaveLength(1);
  });

  test("GIVEN the loser deferred WHEN the winner's answer is ready before its own deadline THEN it edits @original instead of replying again", async () => {
    const setup = await twoInstances();
    const payload = h.fake.interactions.chatInput({ command: "skills", subcommand: "help" });
    const bothDone = Promise.all([doneIn(h.log, payload.id), doneIn(setup.logB, payload.id)]);
    h.fake.dispatch("INTERACTION_CREATE", payload);
    await loserDefers(setup, payload);
    setup.winnerHears.open();
    await doneIn(h.log, payload.id);
    setup.loserClaims.open();
    await bothDone;

    const seen = exchangeOf(payload.token, setup.logB, payload.id);
    expect(
      seen.calls.map((c) => `${c.route === CALLBACK ? "callback" : "edit"} ${c.status}`),
    ).toEqual(["callback 204", "callback 400", "edit 200"]);
    expect(messageText(seen.edits[0]?.body as SentMessage)).toMatch(/\/skills/);
    expect(seen.problems).toEqual([]);
    expect(seen.ignored).toHaveLength(1);
  });

  test("GIVEN the loser deferred WHEN the winner's answer is a modal THEN the deferred message offers the button that opens it", async () => {
    const setup = await twoInstances();
    const payload = h.fake.interactions.chatInput({
      command: "skills",
      subcommand: "rate",
      options: { skill: "python" },
    });
    const bothDone = Promise.all([doneIn(h.log, payload.id), doneIn(setup.logB, payload.id)]);
    h.fake.dispatch("INTERACTION_CREATE", payload);
    await loserDefers(setup, payload);
    setup.winnerHears.open();
    setup.loserClaims.open();
    await bothDone;

    const seen = exchangeOf(payload.token, setup.logB, payload.id);
    expect(seen.edits.map((c) => c.status)).toEqual([200]);
    const answer = seen.edits[0]?.body as SentMessage;
    expect(buttonsOf(answer).map((b) => b.custom_id)).toContain("rate.open|python");
    // The deferral was ephemeral: the edit stays so.
    const shown = h.fake.message(
      (seen.edits[0]?.response as { id?: string } | undefined)?.id ?? "",
    );
    expect(shown && isEphemeral(shown as SentMessage)).toBe(true);
    expect(seen.problems).toEqual([]);
  });
});
