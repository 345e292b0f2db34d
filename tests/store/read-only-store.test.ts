import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { silentLogger } from "../../src/core/ports.ts";
import { openStore, sqliteConnection } from "../../src/store/open-store.ts";
import { runEntry } from "../cli/entry-process.ts";
import { hasRedisServer, startRedisServer } from "../helpers/redis-server.ts";

// A store the bot can read but not write (a file restored as root, a read-only volume, a Redis
// replica) used to start "ready" and then lose every rating with an apology. Start-up now tries
// a write and refuses, in one line naming the place.

const Counter = z.object({ n: z.number() });
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-read-only-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A SQLite store file holding one record, closed. */
async function storeFileWithARecord(): Promise<string> {
  const file = join(tempDir(), "skillbot.sqlite");
  const store = await openStore(`sqlite://${file}`, silentLogger);
  await store.set("k", { n: 1 });
  await store.close();
  return file;
}

/**
 * Makes the SQLite `file` readable but not writable for this process. chmod 0444 is the real
 * case, but root writes through it, and tests run as root in CI; root's own ways (chattr +i, a
 * read-only mount) need capabilities a CI container does not have. So as root the file's header
 * says a newer SQLite wrote it (write version 3, byte 18), which SQLite opens read-only: the
 * very state it falls back to when the OS will not open the file for writing, with the same
 * SQLITE_READONLY on every write.
 */
function makeUnwritable(file: string): void {
  if (process.getuid?.() !== 0) {
    chmodSync(file, 0o444);
    return;
  }
  const fd = openSync(file, "r+");
  try {
    writeSync(fd, Uint8Array.of(3), 0, 1, 18);
  } finally {
    closeSync(fd);
  }
}

/** The rows of the SQLite store `file`, read beside the store. */
async function rowsIn(file: string): Promise<{ key: string }[]> {
  const connection = await sqliteConnection(file);
  try {
    return await connection.query(`SELECT key FROM ${connection.opts.table} ORDER BY key`);
  } finally {
    await connection.disconnect();
  }
}

describe("a SQLite store that cannot be written", () => {
  it("GIVEN a store file the bot can read but not write WHEN the store opens THEN it refuses, naming the file and that it is not writable", async () => {
    const file = await storeFileWithARecord();
    makeUnwritable(file);

    const opening = openStore(`sqlite://${file}`, silentLogger);

    await expect(opening).rejects.toThrow(`the SQLite file ${file} is not writable`);
  });

  it("GIVEN a store directory that cannot be created (its parent is a file) WHEN the store opens THEN it refuses, naming the directory", async () => {
    // /dev/null is a file for root too: nothing can be made under it.
    const opening = openStore("sqlite:///dev/null/skillbot/skillbot.sqlite", silentLogger);

    await expect(opening).rejects.toThrow("cannot create the directory /dev/null/skillbot");
  });

  it("GIVEN a writable store file WHEN the store opens THEN its write check leaves nothing behind and the records are as they were", async () => {
    const file = await storeFileWithARecord();

    const store = await openStore(`sqlite://${file}`, silentLogger);
    cleanups.push(() => store.close());

    expect(await store.get("k", Counter)).toEqual({ n: 1 });
    expect(await rowsIn(file)).toEqual([{ key: "k" }]);
  });

  it("GIVEN a store file the bot cannot write WHEN npm start runs THEN one line says so and the exit code is 1", async () => {
    const file = await storeFileWithARecord();
    makeUnwritable(file);

    const result = await runEntry("src/main.ts", [], "", { STORE_URL: `sqlite://${file}` });

    expect(result.err.trim().split("\n")).toEqual([
      `skillbot could not start: the SQLite file ${file} is not writable (SQLITE_READONLY: attempt to write a readonly database); check its owner and mode, and that its volume is not mounted read-only`,
    ]);
    expect(result.code).toBe(1);
  });
});

describe.skipIf(!hasRedisServer())("a Redis that cannot be written", () => {
  it("GIVEN a read-only replica WHEN the store opens THEN it refuses, naming the server and not its password", async () => {
    // Replica of a master that is not there: it answers reads, and refuses writes with READONLY.
    const replica = await startRedisServer([
      "--replicaof",
      "127.0.0.1",
      "1",
      "--requirepass",
      "s3cret-pw",
    ]);
    cleanups.push(() => replica.stop());
    const url = replica.url.replace("redis://", "redis://:s3cret-pw@");
    const { host } = new URL(url);

    const opening = openStore(url, silentLogger);

    await expect(opening).rejects.toThrow(`the Redis at ${host} does not accept writes`);
    await expect(opening).rejects.not.toThrow("s3cret-pw");
  });
});
