import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli, cliEnv } from "./cli-io.ts";
import { type FakeTerminal, fakeTerminal } from "./console-terminal.ts";

const README = readFileSync("README.md", "utf8");

/** The README's console session: the lines after `$ npm start` in its first text block. */
function readmeSession(): string[] {
  const block = README.split("```text\n")[1]?.split("```")[0] ?? "";
  const lines = block.split("\n");
  return lines.slice(lines.indexOf("$ npm start") + 1);
}

let terminal: FakeTerminal | undefined;
afterEach(async () => {
  await terminal?.close();
  terminal = undefined;
});

describe("the README tells the truth about the console", () => {
  it("GIVEN the README's session WHEN its lines are typed at a terminal THEN the greeting is the same and each answer starts after `you> ` and the typed line", async () => {
    const session = readmeSession();
    const typed = session.filter((line) => line.startsWith("you> "));
    expect(typed.length).toBeGreaterThan(3);
    terminal = await fakeTerminal({ tty: true, env: { USER: "sam" } });
    for (const line of typed) await terminal.say(line.slice("you> ".length));
    const screen = terminal.transcript().split("\n");
    expect(screen[0]).toBe(session[0]);
    for (const line of typed) expect(screen).toContain(line);
    // The first answer is the same whatever the shuffle: the line after the question.
    const asked = screen.indexOf(typed[0] ?? "");
    expect(screen[asked + 1]).toBe(session[session.indexOf(typed[0] ?? "") + 1]);
  });

  it("GIVEN input piped in THEN each prompt is a line of its own, as the README says", async () => {
    terminal = await fakeTerminal({ tty: false });
    expect(await terminal.say("help")).toMatch(/\nyou>\n$/);
    expect(README.replace(/\s+/g, " ")).toContain("each `you>` prompt is a line of its own");
  });

  it("GIVEN `--help` THEN it lists every quiz command the README tells operators to run", async () => {
    const help = (await cli(["--help"], cliEnv())).out;
    const quizCommands = [...README.matchAll(/`(?:npm run skillbot -- )?(quiz [a-z-]+)/g)].map(
      (m) => m[1] ?? "",
    );
    expect(new Set(quizCommands)).toEqual(
      new Set(["quiz daily", "quiz streak", "quiz leaderboard", "quiz run-due"]),
    );
    for (const command of quizCommands) expect(help).toContain(command);
  });

  it("GIVEN the variables the CLI and the console read THEN the README and `--help` name each", async () => {
    const help = (await cli(["--help"], cliEnv())).out;
    const dir = "adapters/console";
    const sources = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .map((file) => readFileSync(join(dir, file), "utf8"))
      .join("\n");
    const read = new Set([...sources.matchAll(/env\.([A-Z][A-Z_]+)/g)].map((m) => m[1] ?? ""));
    expect(read).toContain("SKILLBOT_DEBUG");
    for (const variable of read) {
      expect(README).toContain(variable);
      expect(help).toContain(variable);
    }
  });
});
