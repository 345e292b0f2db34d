import { spawn } from "node:child_process";

/** Runs an entry point as a real process on this Node (24), feeding stdin and waiting for exit. */
export function runEntry(
  script: string,
  args: string[],
  stdin: string,
  env: Record<string, string> = {},
) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}
