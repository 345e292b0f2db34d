import { describe, expect, it } from "vitest";
import { cli, cliEnv } from "./cli-io.ts";
import { runEntry } from "./entry-process.ts";

describe("who the console speaks for", () => {
  it("GIVEN a USER that cannot be a person id WHEN npm start rates THEN it saves, as 'me', with no error", async () => {
    const result = await runEntry("src/main.ts", [], "rate python 3\nprofile\n", {
      STORE_URL: "memory://",
      USER: "john doe",
    });
    expect(result.out).toMatch(/Saved: Python at 3 \(practitioner\)/);
    expect(result.out).toMatch(/Skill profile: me\n/);
    expect(result.out).not.toMatch(/went wrong/);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
  });

  it("GIVEN the same USER WHEN the CLI rates THEN the same person, 'me', owns the rating", async () => {
    const env = cliEnv({ USER: "john doe" });
    expect((await cli(["rate", "python", "3"], env)).code).toBe(0);
    expect(JSON.parse((await cli(["profile", "--json"], env)).out).user).toBe("me");
  });

  it("GIVEN a valid USER WHEN npm start shows the profile THEN it is theirs", async () => {
    const result = await runEntry("src/main.ts", [], "profile\n", {
      STORE_URL: "memory://",
      USER: "sam",
    });
    expect(result.out).toMatch(/Skill profile: sam\n/);
  });
});
