// users.info failing or slow for a moment: the person is not taken for a non-admin for minutes.
import { afterEach, describe, expect, it } from "vitest";
import type { RecordedCall } from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

const ADMIN = "U0ADMIN001";

let h: SlackHarness;
afterEach(async () => {
  await h.close();
});

const open = async (apiTimeoutMs?: number) => {
  h = await openSlack({
    fake: { users: { [ADMIN]: { is_admin: true, display_name: "Boss" } } },
    ...(apiTimeoutMs ? { apiTimeoutMs } : {}),
  });
};

async function adminTypes(text: string): Promise<string> {
  const { responseUrl } = await h.slash(text, { user: ADMIN });
  const answer: RecordedCall = await h.answerAt(responseUrl);
  return blocksText(answer.body.blocks);
}

describe("an admin while users.info fails", () => {
  it("GIVEN users.info fails WHEN an admin turns the daily quiz on THEN they hear Slack could not be asked, not that they are no admin", async () => {
    await open();
    h.fake.failNext("users.info", { status: 500, times: 3 });

    const answer = await adminTypes("quiz daily on 09:30 UTC sql");

    expect(answer).toMatch(/couldn't check your permissions with Slack/);
    expect(answer).not.toMatch(/Only people who can manage/);
    expect(await adminTypes("quiz daily status")).toMatch(/No daily quiz/);
  });

  it("GIVEN users.info failed once WHEN the admin asks again half a minute later THEN Slack is asked again and they are an admin, with their name", async () => {
    await open();
    h.fake.failNext("users.info", { status: 500, times: 3 });
    await adminTypes("quiz daily on 09:30 UTC sql");

    h.clock.advance(30_000);

    expect(await adminTypes("quiz daily on 09:30 UTC sql")).toMatch(/Daily quiz on/);
    expect(await adminTypes("profile")).toMatch(/Skill profile: Boss/);
  });

  it("GIVEN users.info failed WHEN the admin asks again at once THEN Slack is not asked again (no call per message while it is down)", async () => {
    await open();
    h.fake.failNext("users.info", { status: 500, times: 3 });
    await adminTypes("help");
    const calls = h.fake.callsTo("users.info").length;

    await adminTypes("help");

    expect(h.fake.callsTo("users.info")).toHaveLength(calls);
  });

  it("GIVEN users.info slower than the adapter waits WHEN an admin turns the daily quiz on THEN they hear Slack could not be asked", async () => {
    await open(5_000);
    h.fake.failNext("users.info", { hang: true });

    expect(await adminTypes("quiz daily on 09:30 UTC sql")).toMatch(
      /couldn't check your permissions with Slack/,
    );
  });
});
