import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bootCore, MatrixInvalid } from "../../src/boot.ts";
import { readConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/core/ports.ts";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("architecture", () => {
  it("GIVEN the core under src/ WHEN its imports are read THEN none is a chat SDK or an adapter", () => {
    const offenders = filesUnder("src").flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)]
        .map((m) => m[1] ?? "")
        .filter((spec) => /^@slack\/|^discord\.js$|^@discordjs\/|(^|\/)adapters\//.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe("start-up", () => {
  it("GIVEN SKILLBOT_MATRIX points at a broken matrix WHEN booting THEN it refuses with the validator's file:line errors", async () => {
    const read = readConfig({
      SKILLBOT_MATRIX: "tests/fixtures/does-not-exist",
      STORE_URL: "memory://",
    });
    if (!read.ok) throw new Error("config");
    const failure = await bootCore({ config: read.config, log: silentLogger }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(MatrixInvalid);
    expect((failure as MatrixInvalid).message).toMatch(/tests\/fixtures\/does-not-exist:1:1/);
  });

  it("GIVEN bad environment variables WHEN reading config THEN one line names each, without its value", () => {
    const read = readConfig({
      STORE_URL: "postgres://secret-password@db",
      PORT: "eighty",
      OPENAI_DAILY_QUOTA: "-1",
    });
    expect(read.ok).toBe(false);
    const errors = read.ok ? [] : read.errors;
    expect(errors.map((e) => e.split(":")[0])).toEqual(["STORE_URL", "PORT", "OPENAI_DAILY_QUOTA"]);
    expect(errors.join()).not.toMatch(/secret-password/);
  });

  it("GIVEN no variables at all WHEN reading config THEN the embedded defaults work", () => {
    const read = readConfig({});
    expect(read.ok && read.config.SKILLBOT_MATRIX).toBe("knowledge/ml-engineer");
  });
});
