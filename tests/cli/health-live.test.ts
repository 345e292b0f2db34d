// `health` asks the running bot whether it is ready (its /readyz on PORT), as Docker's
// HEALTHCHECK does; a stand-in server plays the bot so each answer can be chosen.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { healthCommand } from "../../adapters/console/cli/health.ts";
import type { CliIo } from "../../adapters/console/cli/io.ts";
import { cli } from "./cli-io.ts";
import { runEntry } from "./entry-process.ts";

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A bot stand-in on a free port; `answer` decides each request, and may never answer. */
async function standIn(answer: (path: string, res: import("node:http").ServerResponse) => void) {
  const paths: string[] = [];
  server = createServer((req, res) => {
    paths.push(req.url ?? "");
    answer(req.url ?? "", res);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { port: String((server.address() as AddressInfo).port), paths };
}

const answering = (status: number) =>
  standIn((_path, res) => res.writeHead(status, { "content-type": "application/json" }).end("{}"));

/** A port nothing listens on: one the system just handed out and took back. */
async function freePort(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return String(port);
}

describe("health probes the running bot", () => {
  it("GIVEN the bot answers /readyz with 200 THEN exit 0 with one line saying it is ready", async () => {
    const bot = await answering(200);
    const run = await cli(["health"], { PORT: bot.port });
    expect(bot.paths).toEqual(["/readyz"]);
    expect(run.out).toBe(`ready: the bot on port ${bot.port} answers /readyz`);
    expect(run.code).toBe(0);
  });

  it("GIVEN the bot answers /readyz with 503 THEN exit 1 with one line saying it is not ready", async () => {
    const bot = await answering(503);
    const run = await cli(["health"], { PORT: bot.port });
    expect(run.err).toBe(`not ready: the bot on port ${bot.port} answered /readyz with 503`);
    expect(run.code).toBe(1);
  });

  it("GIVEN nothing listens on PORT THEN exit 1 with one line saying nothing answers there", async () => {
    const port = await freePort();
    const run = await cli(["health"], { PORT: port });
    expect(run.err).toBe(`unhealthy: nothing answers on port ${port}; is the bot running?`);
    expect(run.code).toBe(1);
  });

  it("GIVEN a bot that takes the request and never answers THEN exit 1 when the probe's time is up", async () => {
    const deadline = new AbortController();
    const bot = await standIn(() => deadline.abort());
    const err: string[] = [];
    const io: CliIo = {
      out: () => {},
      err: (text) => err.push(text),
      lines: async function* () {},
      env: { PORT: bot.port },
      color: false,
    };
    expect(await healthCommand(io, deadline.signal)).toBe(1);
    expect(err).toEqual([`unhealthy: the bot on port ${bot.port} did not answer /readyz in time`]);
  });

  it("GIVEN Docker's HEALTHCHECK command (node on the script, no npm) THEN it exits 0 against a ready bot and 1 against one that is not", async () => {
    const ready = await answering(200);
    const healthy = await runEntry("adapters/console/cli/health.ts", [], "", { PORT: ready.port });
    expect([healthy.code, healthy.out.trim()]).toEqual([
      0,
      `ready: the bot on port ${ready.port} answers /readyz`,
    ]);
    const port = await freePort();
    const down = await runEntry("adapters/console/cli/health.ts", [], "", { PORT: port });
    expect([down.code, down.err.trim()]).toEqual([
      1,
      `unhealthy: nothing answers on port ${port}; is the bot running?`,
    ]);
  });
});
