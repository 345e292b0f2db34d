import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether this machine has a redis-server to start. */
export function hasRedisServer(): boolean {
  try {
    execFileSync("redis-server", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * A throwaway redis-server on a free 127.0.0.1 port, keeping nothing on disk; `args` are more
 * of its command-line settings. `pause` stops the process without closing its connections (a
 * hung server, or a network partition, as clients see it); `resume` lets it go on.
 */
export async function startRedisServer(args: readonly string[] = []): Promise<{
  url: string;
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "skillbot-redis-"));
  const server = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
      ...args,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await ready(server);
  return {
    url: `redis://127.0.0.1:${port}`,
    pause: () => server.kill("SIGSTOP"),
    resume: () => server.kill("SIGCONT"),
    stop: async () => {
      server.kill("SIGCONT");
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Resolves when redis-server says it accepts connections (it prints that once ready). */
function ready(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes("Ready to accept connections")) resolve();
    });
    server.once("exit", (code) =>
      reject(new Error(`redis-server exited (${code}): ${seen.slice(-500)}`)),
    );
  });
}
