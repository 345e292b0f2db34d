// The Slack SDK's own log lines (a failed request, Slack's warnings) are JSON lines of the app's
// logger: plain console text would break every log reader that parses the app's output.
import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { webClientOptions } from "../../adapters/slack/web-api.ts";
import type { Logger } from "../../src/core/ports.ts";
import { createLogger } from "../../src/logger.ts";
import {
  directMessage,
  eventCallback,
  eventDelivery,
  FAKE_BOT,
  type FakeSlack,
  type MethodHandler,
  startFakeSlack,
} from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";

/** Slack's answer to a call it took, with a warning about how it was made (as Slack sends them). */
const postedWithWarning: MethodHandler = (request) => ({
  ok: true,
  channel: String(request.body.channel),
  ts: request.workspace.nextTs(),
  warning: "superfluous_charset",
  response_metadata: { warnings: ["superfluous_charset"] },
});

type JsonLine = { level: number; msg: string } & Record<string, unknown>;

/** The app's own logger (pino, secrets blanked), its lines kept instead of written to stderr. */
function appLogger(level: string): { log: Logger; lines: () => JsonLine[]; raw: string[] } {
  const raw: string[] = [];
  const log = createLogger(level, {
    secrets: [FAKE_BOT.token],
    destination: { write: (line: string) => void raw.push(line) },
  });
  return { log, raw, lines: () => raw.map((line) => JSON.parse(line) as JsonLine) };
}

/** Whatever reaches the console or the process's own stdout and stderr, bypassing the logger. */
let plain: unknown[][];
beforeEach(() => {
  plain = [];
  for (const method of ["debug", "info", "log", "warn", "error"] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void plain.push(args));
  for (const stream of [process.stdout, process.stderr])
    vi.spyOn(stream, "write").mockImplementation((chunk: unknown) => {
      plain.push([String(chunk)]);
      return true;
    });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("the Web API clients the adapter builds", () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack();
  });
  afterEach(async () => {
    await fake.close();
  });

  const client = (log: Logger, apiUrl = fake.apiUrl) =>
    new webApi.WebClient(FAKE_BOT.token, webClientOptions({ apiUrl, apiTimeoutMs: 5000 }, log));

  test("GIVEN Slack warns about a call WHEN the client logs it THEN it is a JSON warn line of the app, and nothing plain is printed", async () => {
    fake.handle("chat.postMessage", postedWithWarning);
    const { log, lines } = appLogger("info");

    await client(log).chat.postMessage({ channel: "C0001", text: "Daily quiz" });

    expect(lines()).toContainEqual(
      expect.objectContaining({ level: 40, msg: "superfluous_charset", app: "skillbot" }),
    );
    expect(plain).toEqual([]);
  });

  test("GIVEN Slack cannot be reached WHEN a call fails THEN the client's 'request failed' line is JSON too", async () => {
    const { log, lines } = appLogger("info");
    const gone = fake.apiUrl;
    await fake.close();

    await expect(client(log, gone).auth.test()).rejects.toThrow();

    expect(lines()).toContainEqual(
      expect.objectContaining({ level: 40, msg: expect.stringContaining("http request failed") }),
    );
    expect(plain).toEqual([]);
  });

  test("GIVEN debug logging WHEN a call is traced THEN the JSON lines leave out the body and never carry the token", async () => {
    const { log, raw } = appLogger("debug");

    await client(log).chat.postMessage({ channel: "C0001", text: "Skill profile: ada" });

    const written = raw.join("");
    expect(written).toContain("http request body left out");
    expect(written).not.toContain("Skill profile");
    expect(written).not.toContain(FAKE_BOT.token);
    expect(plain).toEqual([]);
  });
});

describe("the Bolt app's own client", () => {
  let h: SlackHarness;
  afterEach(async () => {
    await h.close();
  });

  test("GIVEN Slack warns about a reply WHEN the app answers a DM THEN the warning is a JSON line of the app", async () => {
    const { log, lines } = appLogger("info");
    h = await openSlack({ log });
    h.fake.handle("chat.postMessage", postedWithWarning);

    await h.post(eventDelivery(eventCallback(directMessage({ text: "help" }))));
    await h.fake.nextCall("chat.postMessage");
    await h.adapter.stop();

    expect(lines()).toContainEqual(
      expect.objectContaining({ level: 40, msg: "superfluous_charset" }),
    );
    expect(plain).toEqual([]);
  });
});
