import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import KeyvSqlite from "@keyv/sqlite";
import { afterEach, describe, expect, it } from "vitest";
import type { BatchedSqlite } from "../../src/store/batched-sqlite.ts";
import { sqliteConnection } from "../../src/store/open-store.ts";

const opened: { disconnect(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((connection) => connection.disconnect().catch(() => {})));
});

/** The batched connection on a fresh file, counting the statements it sends. */
async function open(): Promise<{ connection: BatchedSqlite; file: string; statements: string[] }> {
  const file = join(mkdtempSync(join(tmpdir(), "skillbot-batched-")), "b.sqlite");
  const connection = await sqliteConnection(file);
  opened.push(connection);
  const statements: string[] = [];
  const query = connection.query;
  connection.query = (sql, ...parameters) => {
    statements.push(sql);
    return query(sql, ...parameters);
  };
  return { connection, file, statements };
}

/** The same file through plain @keyv/sqlite: what really is on disk. */
async function onDisk(file: string, key: string): Promise<unknown> {
  const plain = new KeyvSqlite({ uri: `sqlite://${file}` });
  opened.push(plain);
  return plain.get(key);
}

describe("batched SQLite", () => {
  it("GIVEN 200 writes and then 200 reads made together THEN each group is one statement, and every value is on disk", async () => {
    const { connection, file, statements } = await open();
    const keys = Array.from({ length: 200 }, (_, i) => `k${i}`);
    await Promise.all(keys.map((key, i) => connection.set(key, `{"n":${i}}`)));
    expect(statements).toHaveLength(1);
    expect(await Promise.all(keys.map((key) => connection.get(key)))).toEqual(
      keys.map((_, i) => `{"n":${i}}`),
    );
    expect(statements).toHaveLength(2);
    expect(await onDisk(file, "k199")).toBe('{"n":199}');
    expect(await connection.get("missing")).toBeUndefined();
  });

  it("GIVEN text with quotes, backslashes, line separators and emoji THEN it reads back exactly", async () => {
    const { connection, file } = await open();
    const tricky = JSON.stringify({ value: 'say "hi"\\n\u2028 🙂 <@&1> 0123', expires: null });
    await connection.set('odd "key" \\ 🙂', tricky);
    await connection.set("digits", "0123");
    expect(await connection.get('odd "key" \\ 🙂')).toBe(tricky);
    expect(await onDisk(file, 'odd "key" \\ 🙂')).toBe(tricky);
    expect(await connection.get("digits")).toBe("0123");
  });

  it("GIVEN several changes to one key made together THEN the last one stands, as if run in order", async () => {
    const { connection, file } = await open();
    await connection.set("gone", "before");
    const [, , deleted] = await Promise.all([
      connection.set("gone", "a"),
      connection.set("gone", "b"),
      connection.delete("gone"),
      connection.delete("back"),
      connection.set("back", "again"),
    ]);
    expect(deleted).toBe(true);
    expect(await connection.get("gone")).toBeUndefined();
    expect(await onDisk(file, "gone")).toBeUndefined();
    expect(await connection.get("back")).toBe("again");
    expect(await connection.delete("never-there")).toBe(false);
  });

  it("GIVEN the connection is closed THEN waiting reads and writes fail instead of hanging", async () => {
    const { connection } = await open();
    await connection.disconnect();
    await expect(connection.set("k", "v")).rejects.toThrow();
    await expect(connection.get("k")).rejects.toThrow();
  });
});
