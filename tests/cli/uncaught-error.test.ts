import { describe, expect, it } from "vitest";
import { runEntry } from "./entry-process.ts";

const SRC = new URL("../../src/", import.meta.url).href;

/** A process that logs with the app's logger and then throws where nothing catches it. */
const THROWS = `
import { createLogger } from "${SRC}logger.ts";
import { exitOnUncaught } from "${SRC}fatal.ts";
exitOnUncaught(createLogger("info"));
setTimeout(() => {
  const error = new Error("boom in a library");
  Object.assign(error, { requestBody: { json: { content: "Skill profile: Ada, Python 3" } } });
  throw error;
});
`;

describe("an error nothing caught", () => {
  it("GIVEN a throw outside any handler THEN the process exits 1 after one JSON line, without the request body", async () => {
    const run = await runEntry("--input-type=module", ["-e", THROWS], "");
    expect(run.code).toBe(1);
    const lines = run.err.trim().split("\n");
    // Every line is JSON: no bare stack trace among the app's log lines.
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({
      msg: "uncaught error; exiting",
      origin: "uncaughtException",
      err: { message: "boom in a library" },
    });
    expect(run.err).not.toContain("Python 3");
  });
});
