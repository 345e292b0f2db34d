// The core's answers suggest text commands (`mentor on`, `rate python 3`), which work in mentions
// and DMs. Answering /skills, they must be the /skills commands that do the same: `mentor on`
// typed as `/skills mentor skill:on` finds no skill "on".
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { MANAGER_PERMISSIONS } from "../fakes/discord/index.ts";
import { type DiscordHarness, type Exchange, openDiscord } from "./harness.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

/** The code spans of what was sent: content, embed descriptions and fields. */
const codeSpans = (seen: Exchange) =>
  [...JSON.stringify(seen.messages).matchAll(/`([^`]+)`/g)].map((m) => m[1]);

describe("tips in answers to /skills", () => {
  test("GIVEN no ratings WHEN /skills profile THEN it suggests /skills rate, with its options", async () => {
    const seen = await h.slash("profile");
    const example = h.booted.core.kb.exampleSkillId;
    expect(codeSpans(seen)).toEqual([
      `/skills rate skill:${example} level:3`,
      "/skills rate",
      "/skills mentor-optin status:on",
      "/skills track track:mlops-engineer",
    ]);
  });

  test("GIVEN /skills mentor for a skill nobody mentors THEN it suggests /skills mentor-optin status:on", async () => {
    const seen = await h.slash("mentor", { skill: "python" });
    expect(codeSpans(seen)).toContain("/skills mentor-optin status:on");
    expect(codeSpans(seen)).not.toContain("mentor on");
  });

  test("GIVEN no daily quiz WHEN /skills quiz-daily action:status THEN it suggests the time as its option", async () => {
    const seen = await h.slash(
      "quiz-daily",
      { action: "status" },
      { permissions: MANAGER_PERMISSIONS },
    );
    expect(codeSpans(seen)).toEqual(["/skills quiz-daily action:on time:09:30"]);
  });

  test("GIVEN a DM'd button for a server the bot has left THEN its correction suggests /skills help", async () => {
    const seen = await h.press("forget.confirm|yes|@999999999999999999", { dm: true });
    expect(codeSpans(seen)).toEqual(["/skills help"]);
  });

  test("GIVEN the same answers by mention and DM THEN they keep the text commands, which work there", async () => {
    const ana = h.user("ana");
    expect(codeSpans(await h.mention(ana, "mentor python"))).toContain("mentor on");
    expect(codeSpans(await h.mention(ana, "quiz daily status"))).toEqual(["quiz daily on 09:30"]);
    expect(codeSpans(await h.dm(ana, "profile"))).toContain("rate");
  });
});
