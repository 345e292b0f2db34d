// `/skills quiz daily on` where the bot cannot post: refused at once with the way to fix it,
// rather than "Daily quiz on" and a failure the next morning.
import { afterEach, describe, expect, it } from "vitest";
import type { RecordedCall } from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

const ADMIN = "U0ADMIN001";
const NOT_INVITED = "C0NOTMEMBER";
const PRIVATE_NOT_INVITED = "G0PRIVATE01";

let h: SlackHarness;
afterEach(async () => {
  await h.close();
});

const open = async () => {
  h = await openSlack({
    fake: {
      users: { [ADMIN]: { is_admin: true } },
      channelsWithoutBot: [NOT_INVITED, PRIVATE_NOT_INVITED],
    },
  });
};

/** `/skills <text>` typed by the admin in `channel`: the ephemeral answer. */
async function adminTypes(text: string, channel: string): Promise<RecordedCall> {
  const { responseUrl } = await h.slash(text, { user: ADMIN, channel });
  return h.answerAt(responseUrl);
}
const seen = (call: RecordedCall) => blocksText(call.body.blocks);

describe("turning the daily quiz on in a channel", () => {
  it("GIVEN a public channel the bot was never invited to WHEN an admin turns the quiz on THEN one line says to invite the bot first, and the quiz stays off", async () => {
    await open();
    const answer = await adminTypes("quiz daily on 09:30 UTC sql", NOT_INVITED);

    expect(seen(answer)).toMatch(/not in this channel/i);
    expect(seen(answer)).toMatch(/\/invite @U0BOT00001/);
    expect(seen(answer)).not.toMatch(/Daily quiz on/);
    expect(seen(await adminTypes("quiz daily status", NOT_INVITED))).toMatch(/No daily quiz/);
  });

  it("GIVEN a private channel the bot is not in (Slack says channel_not_found) WHEN an admin turns the quiz on THEN the same advice, and the quiz stays off", async () => {
    await open();
    const answer = await adminTypes("quiz daily on", PRIVATE_NOT_INVITED);

    expect(seen(answer)).toMatch(/\/invite @U0BOT00001/);
    expect(seen(await adminTypes("quiz daily status", PRIVATE_NOT_INVITED))).toMatch(
      /No daily quiz/,
    );
  });

  it("GIVEN a channel the bot is in WHEN an admin turns the quiz on THEN it is on", async () => {
    await open();
    expect(seen(await adminTypes("quiz daily on 09:30 UTC sql", "C0MEMBER01"))).toMatch(
      /Daily quiz on/,
    );
  });

  it("GIVEN an install without the scope to ask (missing_scope) WHEN an admin turns the quiz on THEN it is on, as before", async () => {
    await open();
    h.fake.failNext("conversations.info", { error: "missing_scope" });
    expect(seen(await adminTypes("quiz daily on 09:30 UTC sql", NOT_INVITED))).toMatch(
      /Daily quiz on/,
    );
  });
});
