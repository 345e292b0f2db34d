// A correction (a value Discord let through that the adapter cannot use, an unknown subcommand, a
// button for a server the bot has left) still waits for the duplicate check, so it runs under the
// same 3-second deadline as any answer: with Redis slow, Discord must see a deferral in time, and
// the correction arrive as its edit, or Discord refuses the late first response (10062).
import type { APIInteraction } from "discord.js";
import { afterEach, describe, expect, test } from "vitest";
import type { Deadline } from "../../adapters/discord/deadline.ts";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { openStore } from "../../src/store/open-store.ts";
import { MANAGER_PERMISSIONS } from "../fakes/discord/index.ts";
import { storeWith } from "../helpers/store.ts";
import { CALLBACK, type DiscordHarness, EDIT_ORIGINAL, openDiscord } from "./harness.ts";
import { isEphemeral, messageText, type SentMessage } from "./seen.ts";

/** A deadline fired by hand, which says whether anything is waiting on it. */
function handDeadline() {
  let onElapsed: (() => void) | undefined;
  const deadline: Deadline = (callback) => {
    onElapsed = callback;
    return { cancel: () => (onElapsed = undefined) };
  };
  return { deadline, armed: () => onElapsed !== undefined, fire: () => onElapsed?.() };
}

/** A store that says it is Redis, whose duplicate claims hang until the test lets them through. */
async function frozenClaims() {
  const inner = await openStore("memory://", silentLogger);
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reach = () => {};
  const reached = new Promise<void>((resolve) => {
    reach = resolve;
  });
  const store = storeWith(inner, {
    kind: "redis",
    claim: async (key, value, ttlMs) => {
      reach();
      await released;
      return inner.claim(key, value, ttlMs);
    },
    close: () => inner.close(),
  });
  return { store, reached, release };
}

let h: DiscordHarness;
let releaseClaims = () => {};
afterEach(async () => {
  releaseClaims();
  await h.close();
});

type Case = { name: string; payload: () => APIInteraction; says: RegExp };

const cases: Case[] = [
  {
    name: "an option value that is not a choice",
    payload: () =>
      h.fake.interactions.chatInput({
        command: "skills",
        subcommand: "mentor-optin",
        options: { status: "maybe" },
      }) as APIInteraction,
    says: /maybe/,
  },
  {
    name: "an unknown subcommand",
    payload: () =>
      h.fake.interactions.chatInput({ command: "skills", subcommand: "dance" }) as APIInteraction,
    says: /I don't know that command/,
  },
  {
    name: "quiz-daily on where the bot cannot post",
    payload: () => ({
      ...h.fake.interactions.chatInput({
        command: "skills",
        subcommand: "quiz-daily",
        options: { action: "on" },
        permissions: MANAGER_PERMISSIONS,
      }),
      app_permissions: "0",
    }),
    says: /I can't post the daily quiz in this channel/,
  },
  {
    name: "a DM'd button for a server the bot has left",
    payload: () =>
      h.fake.interactions.button({
        customId: `${ACTIONS.forgetConfirm}|yes|@999999999999999999`,
        dm: true,
      }) as APIInteraction,
    says: /doesn't do anything any more/,
  },
];

describe("corrections while the duplicate check hangs", () => {
  test.each(cases)(
    "GIVEN $name WHEN the store is frozen past the deadline THEN it defers, and the correction edits the deferral",
    async ({ payload: build, says }) => {
      const claims = await frozenClaims();
      releaseClaims = claims.release;
      const timer = handDeadline();
      h = await openDiscord({ store: claims.store, deadline: timer.deadline });
      const payload = build() as APIInteraction & { id: string; token: string };
      const done = h.log.waitFor(
        (e) => e.msg === "interaction done" && e.obj.interaction === payload.id,
      );
      h.fake.dispatch("INTERACTION_CREATE", payload);
      await claims.reached;

      // The deadline is already running while the store holds the claim.
      expect(timer.armed()).toBe(true);
      const deferred = h.fake.nextCall(
        (c) => c.route === CALLBACK && c.path.includes(payload.token),
      );
      timer.fire();
      expect((await deferred).body).toMatchObject({ type: 5 });
      claims.release();
      await done;

      const calls = h.fake.calls.filter((c) => c.path.includes(payload.token));
      expect(calls.filter((c) => c.route === CALLBACK)).toHaveLength(1);
      const edits = calls.filter((c) => c.route === EDIT_ORIGINAL);
      expect(edits.map((c) => c.status)).toEqual([200]);
      expect(messageText(edits[0]?.body as SentMessage)).toMatch(says);
      const shown = h.fake.message((edits[0]?.response as { id?: string } | undefined)?.id ?? "");
      expect(shown && isEphemeral(shown as SentMessage)).toBe(true);
      expect(h.log.entries.filter((e) => e.level === "error" || e.level === "warn")).toEqual([]);
    },
  );
});
