import { afterEach, describe, expect, it } from "vitest";
import type { IncomingEvent } from "../../src/core/events.ts";
import { FAKE_USER, openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ADMIN = "U0ADMIN001";
const MEMBER = "U0MEMBER01";

async function run(harness: SlackHarness, text: string, who: Parameters<SlackHarness["slash"]>[1]) {
  const { responseUrl } = await harness.slash(text, who);
  return harness.answerAt(responseUrl);
}
const last = (harness: SlackHarness): IncomingEvent | undefined => harness.events.at(-1);

describe("who is asking", () => {
  it("GIVEN a workspace admin WHEN they ask THEN the event may manage channels and carries their name and time zone", async () => {
    h = await openSlack({
      fake: {
        users: {
          [ADMIN]: { display_name: "Grace", is_admin: true, tz: "America/New_York" },
          [MEMBER]: { real_name: "Alan Turing" },
        },
      },
    });
    await run(h, "help", { user: ADMIN });
    expect(last(h)).toMatchObject({
      person: { platform: "slack", tenant: "T0FAKE0001", user: ADMIN, displayName: "Grace" },
      canManageChannel: true,
      timezone: "America/New_York",
    });
    await run(h, "help", { user: MEMBER });
    expect(last(h)).toMatchObject({
      person: { user: MEMBER, displayName: "Alan Turing" },
      canManageChannel: false,
    });
  });

  it("GIVEN SKILLBOT_ADMINS lists a member WHEN they ask THEN they may manage channels", async () => {
    h = await openSlack({
      env: { SKILLBOT_ADMINS: `U0SOMEONE1, ${MEMBER}` },
      fake: { users: { [MEMBER]: {} } },
    });
    await run(h, "help", { user: MEMBER });
    expect(last(h)?.canManageChannel).toBe(true);
  });

  it("GIVEN repeated asks WHEN within a few minutes THEN users.info is asked once; after that, again", async () => {
    h = await openSlack();
    await run(h, "help", {});
    await run(h, "profile", {});
    expect(h.fake.callsTo("users.info")).toHaveLength(1);
    h.clock.advance(6 * 60_000);
    await run(h, "help", {});
    expect(h.fake.callsTo("users.info")).toHaveLength(2);
  });

  it("GIVEN users.info does not know the person WHEN they ask THEN they are answered without a name", async () => {
    h = await openSlack();
    const answer = await run(h, "profile", { user: "U0GHOST001" });
    expect(blocksText(answer.body.blocks)).toMatch(/Your skill profile/);
    expect(last(h)?.person).not.toHaveProperty("displayName");
  });

  it("GIVEN an Enterprise Grid org WHEN a person asks from two of its workspaces THEN both see the same data (tenant = enterprise)", async () => {
    h = await openSlack();
    const org = { enterprise: "E0ORG00001" };
    await run(h, "rate sql 3", { ...org, team: "T0WORKSP01" });
    expect(last(h)?.person.tenant).toBe("E0ORG00001");
    const profile = await run(h, "profile", { ...org, team: "T0WORKSP02" });
    expect(blocksText(profile.body.blocks)).toMatch(/SQL — 3/);
    const elsewhere = await run(h, "profile", { team: "T0WORKSP03" });
    expect(blocksText(elsewhere.body.blocks)).toMatch(/haven't rated any skills yet/);
    expect(FAKE_USER.id).toBe(last(h)?.person.user);
  });
});
