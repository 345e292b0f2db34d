import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { inputLines } from "../../adapters/console/input-lines.ts";
import { CONSOLE_LIMITS } from "../../adapters/console/limits.ts";
import { IncomingEventSchema } from "../../src/core/events.ts";
import { cli, cliEnv } from "./cli-io.ts";
import { runEntry } from "./entry-process.ts";

const LIMIT = CONSOLE_LIMITS.maxLineChars;
const TOO_LONG = /longer than 4000 characters, so I left it alone/;
/** Just over the limit: cheap for the matcher, so a missing cap shows as an answer, not a hang. */
const overLimit = "x".repeat(LIMIT + 1);

describe("the console reads lines of at most the chat platforms' 4000 characters", () => {
  it("GIVEN the console's limit THEN it is the most text a chat event may carry", () => {
    const event = (text: string) => ({
      type: "text",
      person: { platform: "console", tenant: "local", user: "ana" },
      where: { channel: "console", kind: "console", audience: "private" },
      text,
    });
    expect(IncomingEventSchema.safeParse(event("x".repeat(LIMIT))).success).toBe(true);
    expect(IncomingEventSchema.safeParse(event(overLimit)).success).toBe(false);
  });

  it("GIVEN npm start WHEN a line over the limit is piped in THEN a short note, nothing run, and the next line is answered", async () => {
    const result = await runEntry("src/main.ts", [], `${overLimit}\nprofile\n`, {
      STORE_URL: "memory://",
    });
    expect(result.out).toMatch(TOO_LONG);
    expect(result.out).not.toMatch(/I don't know|Sorry/);
    expect(result.out).toMatch(/Skill profile: /);
    expect(result.code).toBe(0);
  });

  it("GIVEN the chat WHEN a line exactly at the limit is typed THEN it is answered as usual", async () => {
    const run = await cli(["chat"], cliEnv(), [`explain python ${"x".repeat(LIMIT - 15)}`]);
    expect(run.out).not.toMatch(TOO_LONG);
    expect(run.out).toMatch(/Python/);
  });

  it("GIVEN the rating form WHEN the answer is over the limit THEN the note, and the form asks again", async () => {
    const run = await cli(["chat", "--user", "ana"], cliEnv(), ["rate python", overLimit, "3"]);
    expect(run.out).toMatch(TOO_LONG);
    expect(run.out).toMatch(/Saved: Python at 3/);
  });

  it("GIVEN ask --stdin WHEN one line is over the limit THEN the others are answered, that one named on stderr, exit 1", async () => {
    const run = await cli(["ask", "--json", "--stdin"], cliEnv(), [
      "quiz me on sql",
      overLimit,
      "k8s vs docker?",
    ]);
    expect(run.out.split("\n")).toHaveLength(2);
    expect(run.err).toMatch(/^line 2: That is longer than 4000 characters/);
    expect(run.code).toBe(1);
  });

  it("GIVEN ask with a question over the limit THEN the note and exit 1, nothing answered", async () => {
    const run = await cli(["ask", overLimit], cliEnv());
    expect(run.err).toMatch(TOO_LONG);
    expect(run.out).toBe("");
    expect(run.code).toBe(1);
  });

  it("GIVEN a 10 MB line WHEN the console reads it THEN it keeps one character past the limit, and the next line whole", async () => {
    const input = new PassThrough();
    const lines = inputLines(input);
    input.end(`${"y".repeat(10_000_000)}\r\nprofile\n`);
    const read: string[] = [];
    for await (const line of lines) read.push(line);
    expect(read.map((line) => line.length)).toEqual([LIMIT + 1, "profile".length]);
    expect(read[1]).toBe("profile");
  });
});
