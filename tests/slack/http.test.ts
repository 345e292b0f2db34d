import { afterEach, describe, expect, it } from "vitest";
import { SkillbotError } from "../../src/core/errors.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { openStore } from "../../src/store/open-store.ts";
import { RESPONSE_URL, slashCommand, slashCommandDelivery } from "../fakes/slack/index.ts";
import { storeWith } from "../helpers/store.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A memory store whose reads wait until the test lets them through, and whose ping can fail. */
async function gatedStore() {
  const base = await openStore("memory://", silentLogger);
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  let healthy = true;
  const store = storeWith(base, {
    get: async (key, schema) => {
      await gate;
      return base.get(key, schema);
    },
    ping: async () => {
      if (!healthy) throw new SkillbotError({ code: "StoreUnavailable" });
    },
  });
  return { store, open, fail: () => (healthy = false) };
}

describe("requests Slack did not send", () => {
  it("GIVEN a request signed with the wrong secret THEN 401 and nothing is answered", async () => {
    h = await openSlack();
    const responseUrl = h.fake.responseUrl();
    const forged = slashCommandDelivery(slashCommand({ text: "profile", responseUrl }));
    expect((await h.post(forged, { secret: "not-the-secret" })).status).toBe(401);
    await h.adapter.stop();
    expect(h.fake.callsTo(RESPONSE_URL)).toEqual([]);
  });

  it("GIVEN a correctly signed request older than five minutes THEN 401", async () => {
    h = await openSlack();
    const delivery = slashCommandDelivery(slashCommand({ responseUrl: h.fake.responseUrl() }));
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await h.post(delivery, { timestamp: stale })).status).toBe(401);
  });

  it("GIVEN a body over 1 MB THEN 413 before it is read as a command", async () => {
    h = await openSlack();
    const responseUrl = h.fake.responseUrl();
    const huge = slashCommandDelivery(slashCommand({ text: "x".repeat(1_100_000), responseUrl }));
    expect((await h.post(huge)).status).toBe(413);
    await h.adapter.stop();
    expect(h.fake.callsTo(RESPONSE_URL)).toEqual([]);
  });
});

describe("acknowledgement", () => {
  it("GIVEN a store that has not answered yet WHEN /skills arrives THEN Slack gets its 200 at once and the answer follows", async () => {
    const gated = await gatedStore();
    h = await openSlack({ store: gated.store });
    const { ack, responseUrl } = await h.slash("profile");
    expect(ack.status).toBe(200);
    expect(await ack.text()).toBe("");
    expect(h.fake.callsTo(RESPONSE_URL)).toEqual([]);
    gated.open();
    expect(blocksText((await h.answerAt(responseUrl)).body.blocks)).toMatch(/Skill profile/);
  });
});

describe("start-up", () => {
  it("GIVEN a bot token THEN auth.test is asked once, by us, and a 500 there is tried again", async () => {
    h = await openSlack({ start: false });
    h.fake.failNext("auth.test", { status: 500 });
    await h.adapter.start();
    expect(h.fake.callsTo("auth.test").map((c) => c.status)).toEqual([500, 200]);
    await h.slash("help").then(({ responseUrl }) => h?.answerAt(responseUrl));
    expect(h.fake.callsTo("auth.test")).toHaveLength(2);
  });

  it("GIVEN a revoked bot token THEN start-up fails with Slack's reason", async () => {
    h = await openSlack({ start: false });
    h.fake.failNext("auth.test", { error: "invalid_auth" });
    await expect(h.adapter.start()).rejects.toMatchObject({ data: { error: "invalid_auth" } });
  });
});

describe("health", () => {
  it("GIVEN a running app THEN /healthz and /readyz answer 200 on the Slack port", async () => {
    h = await openSlack();
    const live = await fetch(`${h.origin()}/healthz`);
    const ready = await fetch(`${h.origin()}/readyz`);
    expect([live.status, ready.status]).toEqual([200, 200]);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("GIVEN the store is down THEN /readyz answers 503 while /healthz stays 200", async () => {
    const gated = await gatedStore();
    h = await openSlack({ store: gated.store });
    gated.fail();
    expect((await fetch(`${h.origin()}/readyz`)).status).toBe(503);
    expect((await fetch(`${h.origin()}/healthz`)).status).toBe(200);
    gated.open();
  });

  it("GIVEN an unknown path THEN 404", async () => {
    h = await openSlack();
    expect((await fetch(`${h.origin()}/admin`)).status).toBe(404);
  });
});
