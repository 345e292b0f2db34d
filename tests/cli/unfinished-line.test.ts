import { afterEach, describe, expect, it } from "vitest";
import { CONSOLE_WHERE, consolePerson } from "../../adapters/console/parse.ts";
import { profileView } from "../../src/features/profile.ts";
import { type FakeTerminal, fakeTerminal } from "./console-terminal.ts";

let terminal: FakeTerminal | undefined;
afterEach(async () => {
  await terminal?.close();
  terminal = undefined;
});

const ratingsOf = async (t: FakeTerminal, user: string) =>
  (
    await profileView(
      t.booted.core,
      { person: consolePerson(user, user), where: CONSOLE_WHERE },
      undefined,
    )
  ).ratings;

describe("the end of input in the middle of a line", () => {
  it("GIVEN a terminal WHEN a half-typed line ends with Ctrl-D twice THEN it is dropped with a note, not run", async () => {
    terminal = await fakeTerminal({ tty: true, env: { USER: "ana" } });
    // The first Ctrl-D hands the typed bytes over without a newline; the second ends the input.
    terminal.type("rate python 3");
    terminal.end();
    await terminal.closed;
    expect(terminal.transcript()).toMatch(
      /you> rate python 3\nNot sent \(no Enter\): "rate python 3"\n$/,
    );
    expect(terminal.transcript()).not.toMatch(/Saved/);
    expect(await ratingsOf(terminal, "ana")).toEqual([]);
  });

  it("GIVEN a terminal WHEN a line ends with Enter before Ctrl-D THEN it runs", async () => {
    terminal = await fakeTerminal({ tty: true, env: { USER: "ana" } });
    expect(await terminal.say("rate python 3")).toMatch(/Saved: Python at 3/);
    terminal.end();
    await terminal.closed;
    expect(await ratingsOf(terminal, "ana")).toHaveLength(1);
  });

  it("GIVEN piped input WHEN its last line has no newline THEN it runs, as a script's last line does", async () => {
    terminal = await fakeTerminal({ tty: false, env: { USER: "ana" } });
    terminal.type("rate python 3");
    terminal.end();
    await terminal.closed;
    expect(terminal.transcript()).toMatch(/Saved: Python at 3/);
    expect(await ratingsOf(terminal, "ana")).toHaveLength(1);
  });
});
