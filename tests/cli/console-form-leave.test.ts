// The console asks a form's fields one line at a time. A person must be able to leave it, and a
// line that is plainly no answer (a question, a command) is answered as such: nothing saved,
// nothing lost.
import { describe, expect, it } from "vitest";
import { cli, cliEnv } from "./cli-io.ts";

/** One chat session, then the person's saved profile, from the same store. */
async function chatThenProfile(lines: string[]) {
  const env = cliEnv({ LOG_LEVEL: "error" });
  const chat = await cli(["chat", "--user", "sam"], env, lines);
  const profile = JSON.parse((await cli(["profile", "--json", "--user", "sam"], env, [])).out) as {
    ratings: unknown[];
  };
  return { out: chat.out, code: chat.code, ratings: profile.ratings };
}

/** What was printed after the form's last prompt appeared. */
const printedAfter = (out: string, marker: string) => out.slice(out.lastIndexOf(marker));

describe("leaving the console's rating form", () => {
  it("GIVEN the rating form WHEN it opens THEN it says how to leave it", async () => {
    const run = await chatThenProfile(["rate me"]);
    expect(run.out).toMatch(/empty line or 'cancel' to stop/);
  });

  it.each([
    ["an empty line", ""],
    ["cancel", "cancel"],
    ["q", "q"],
  ])(
    "GIVEN the rating form WHEN %s is typed THEN the form is left, nothing is saved, and the chat goes on",
    async (_name, leave) => {
      const run = await chatThenProfile(["rate me", leave, "help"]);
      expect(run.out).toMatch(/nothing saved/i);
      expect(printedAfter(run.out, "nothing saved")).toMatch(/rate <skill> <0-4>/);
      expect(run.out).not.toMatch(/I don't know a skill called/);
      expect(run.ratings).toEqual([]);
      expect(run.code).toBe(0);
    },
  );

  it("GIVEN the rating form WHEN a whole question is typed as the skill THEN the form is left and the question answered", async () => {
    const run = await chatThenProfile(["how do I rate myself?", "what is docker", "profile"]);
    expect(run.out).not.toMatch(/I don't know a skill called/);
    expect(run.out).not.toMatch(/Your level>/);
    const rest = printedAfter(run.out, "nothing saved");
    expect(rest).toMatch(/Docker/);
    // The next line is a message again, not the form's level.
    expect(rest).toMatch(/Skill profile: sam/);
    expect(run.ratings).toEqual([]);
  });

  it("GIVEN the level is asked WHEN a command (profile) is typed THEN it is run, not taken as the level", async () => {
    const run = await chatThenProfile(["rate python", "profile"]);
    expect(printedAfter(run.out, "nothing saved")).toMatch(/Skill profile: sam/);
    expect(run.ratings).toEqual([]);
  });

  it("GIVEN the rating form WHEN a skill and a level are typed THEN the rating is saved as before", async () => {
    const run = await chatThenProfile(["rate me", "python", "3"]);
    expect(run.out).toMatch(/Saved: Python at 3 \(practitioner\)/);
    expect(run.ratings).toHaveLength(1);
  });
});
