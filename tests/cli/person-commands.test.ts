import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cli, cliEnv } from "./cli-io.ts";

const AskJson = z.strictObject({
  intent: z.string(),
  areas: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  skills: z.array(z.strictObject({ id: z.string(), name: z.string(), areaId: z.string() })),
  text: z.string(),
});
const ProfileJson = z.strictObject({
  user: z.string(),
  track: z.string(),
  ratings: z.array(
    z.strictObject({
      skillId: z.string(),
      name: z.string(),
      areaId: z.string(),
      level: z.int(),
      ratedAt: z.string(),
    }),
  ),
  gaps: z.array(z.strictObject({ skillId: z.string(), level: z.int(), target: z.int() })),
});

describe("CLI", () => {
  it("GIVEN a question WHEN asked with --json THEN one object with the intent, ranked areas and skills, and the answer text", async () => {
    const run = await cli(["ask", "how do i level up my pyhton", "--json"], cliEnv());
    expect(run.code).toBe(0);
    const answer = AskJson.parse(JSON.parse(run.out));
    expect(answer.intent).toBe("learning-path");
    expect(answer.areas[0]).toEqual({ id: "programming", name: "Programming" });
    expect(answer.skills[0]).toEqual({ id: "python", name: "Python", areaId: "programming" });
    expect(answer.text).toMatch(/Python/);
  });

  it("GIVEN questions on stdin WHEN asked with --json --stdin THEN one line per question, same order, blank lines skipped", async () => {
    const run = await cli(["ask", "--json", "--stdin"], cliEnv(), [
      "k8s vs docker?",
      "",
      "  ",
      "quiz me on sql",
      "what's for lunch",
    ]);
    expect(run.code).toBe(0);
    const lines = run.out.split("\n").map((line) => AskJson.parse(JSON.parse(line)));
    expect(lines.map((l) => l.intent)).toEqual(["explain-skill", "quiz", "unknown"]);
    expect(lines[0]?.skills.map((s) => s.id)).toEqual(["kubernetes", "docker"]);
  });

  it("GIVEN ratings over several runs WHEN the profile is printed as JSON THEN it holds only rated skills and the gaps", async () => {
    const env = cliEnv();
    expect((await cli(["rate", "k8s", "2", "--user", "ana"], env)).code).toBe(0);
    expect((await cli(["rate", "python", "4", "--user", "ana"], env)).code).toBe(0);
    const run = await cli(["profile", "--json", "--user", "ana"], env);
    const profile = ProfileJson.parse(JSON.parse(run.out));
    expect(profile.user).toBe("ana");
    expect(profile.track).toBe("ml-engineer");
    expect(profile.ratings.map((r) => [r.skillId, r.level])).toEqual([
      ["python", 4],
      ["kubernetes", 2],
    ]);
    expect(profile.gaps.find((g) => g.skillId === "python")).toBeUndefined();
    expect(profile.gaps.find((g) => g.skillId === "kubernetes")).toBeUndefined();
    expect(profile.gaps[0]).toEqual({ skillId: "sql", level: 0, target: 3 });
  });

  it.each([
    [["rate", "python", "9", "--user", "ana"], 1, /isn't a level I understand/],
    [["rate", "quantum-basketweaving", "2", "--user", "ana"], 1, /I don't know a skill called/],
    [["rate", "python"], 2, /rate needs a skill and a level/],
    [["frobnicate"], 2, /unknown command "frobnicate"/],
    [["ask"], 2, /ask needs a question/],
    [["profile", "--colour"], 2, /Unknown option '--colour'/],
    [["mentor"], 2, /mentor needs a skill/],
    [["forget-me", "--user", "ana"], 1, /Run again with --yes/],
    [["rate", "python", "3", "--user="], 2, /--user must be 1–64 letters/],
    [["profile", "--user", "ana smith"], 2, /--user must be 1–64 letters/],
  ])(
    "GIVEN %j WHEN run THEN exit %i with a friendly message and no stack trace",
    async (argv, code, message) => {
      const run = await cli(argv as string[], cliEnv());
      expect(run.code).toBe(code);
      expect(run.err).toMatch(message as RegExp);
      expect(run.err).not.toMatch(/\n\s+at /);
    },
  );

  it("GIVEN a broken SKILLBOT_MATRIX WHEN any command runs THEN the validator's problems and exit 1", async () => {
    const run = await cli(["ask", "hello"], cliEnv({ SKILLBOT_MATRIX: "tests/fixtures/nope" }));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/tests\/fixtures\/nope:1:1/);
  });

  it("GIVEN a quiz WHEN the person types the number of an option THEN the result is shown", async () => {
    const run = await cli(["quiz", "sql", "--user", "ana"], cliEnv(), ["1"]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/\[1\]/);
    expect(run.out).toMatch(/Correct!|Not quite/);
  });

  it("GIVEN mentors WHEN listed from the CLI THEN only opted-in people appear", async () => {
    const env = cliEnv();
    await cli(["rate", "spark", "4", "--user", "mo"], env);
    await cli(["mentor", "on", "--user", "mo"], env);
    await cli(["rate", "spark", "4", "--user", "shy"], env);
    const run = await cli(["mentor", "spark", "--user", "ana"], env);
    expect(run.out).toMatch(/mo/);
    expect(run.out).not.toMatch(/shy/);
  });

  it("GIVEN a forget-me --yes WHEN run THEN the profile is empty afterwards", async () => {
    const env = cliEnv();
    await cli(["rate", "sql", "3", "--user", "ana"], env);
    expect((await cli(["forget-me", "--yes", "--user", "ana"], env)).code).toBe(0);
    const profile = ProfileJson.parse(
      JSON.parse((await cli(["profile", "--json", "--user", "ana"], env)).out),
    );
    expect(profile.ratings).toEqual([]);
  });
});
