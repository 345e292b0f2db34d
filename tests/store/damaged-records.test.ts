import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { isSkillbotError } from "../../src/core/errors.ts";
import type { Logger } from "../../src/core/ports.ts";
import { memoryStore, openStore, sqliteConnection } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { type RecordingLogger, recordingLogger } from "../helpers/recording-logger.ts";

// What a damaged record (a cut-off row, a hand edit, a field an older or newer version wrote
// differently) does to reads, updates and deletes, on every backend.

const Counter = z.object({ n: z.int() });
const redisUrl = inject("redisUrl");
const CUT_OFF = '{"value":{"n":4';
const envelope = (value: unknown) => JSON.stringify({ value });
const unique = () => `sb:test:damaged:${Math.random().toString(36).slice(2)}`;

type Opened = {
  store: RecordStore;
  writeRaw(key: string, text: string): Promise<void>;
  readRaw(key: string): Promise<unknown>;
};
type Backend = {
  name: string;
  open(log: Logger): Promise<Opened & { close(): Promise<void> }>;
  skip?: boolean;
};

const backends: Backend[] = [
  {
    // The memory store as open-store.ts builds it, with its Map in hand to write raw text.
    name: "memory",
    open: async (log) => {
      const records = new Map<string, unknown>();
      const store = memoryStore(records, log);
      return {
        store,
        writeRaw: async (key, text) => void records.set(key, text),
        readRaw: async (key) => records.get(key),
        close: () => store.close(),
      };
    },
  },
  {
    name: "sqlite",
    open: async (log) => {
      const file = join(mkdtempSync(join(tmpdir(), "skillbot-damaged-")), "s.sqlite");
      const store = await openStore(`sqlite://${file}`, log);
      const raw = await sqliteConnection(file);
      return {
        store,
        writeRaw: async (key, text) => {
          await raw.query(
            `INSERT INTO ${raw.opts.table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
            key,
            text,
          );
        },
        readRaw: async (key) => {
          const rows: { value: string }[] = await raw.query(
            `SELECT value FROM ${raw.opts.table} WHERE key = ?`,
            key,
          );
          return rows[0]?.value;
        },
        close: async () => {
          await raw.disconnect();
          await store.close();
        },
      };
    },
  },
  {
    name: "redis",
    skip: !redisUrl,
    open: async (log) => {
      const store = await openStore(redisUrl as string, log);
      const { createClient } = await import("@keyv/redis");
      const client = createClient({ url: redisUrl as string });
      await client.connect();
      return {
        store,
        writeRaw: async (key, text) => void (await client.set(key, text)),
        readRaw: (key) => client.get(key),
        close: async () => {
          await client.close();
          await store.close();
        },
      };
    },
  },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`damaged records on ${backend.name}`, () => {
    const closing: (() => Promise<void>)[] = [];
    afterEach(async () => {
      await Promise.all(closing.splice(0).map((close) => close()));
    });
    const open = async (): Promise<Opened & { log: RecordingLogger }> => {
      const log = recordingLogger();
      const opened = await backend.open(log);
      closing.push(opened.close);
      return { ...opened, log };
    };

    it("GIVEN stored text that is not JSON WHEN read THEN it is logged and read as missing, every time", async () => {
      const { store, writeRaw, log } = await open();
      const key = unique();
      await writeRaw(key, CUT_OFF);

      expect(await store.get(key, Counter)).toBeUndefined();
      expect(await store.get(key, Counter)).toBeUndefined();
      expect(log.entries.filter((e) => e.level === "warn" && e.obj.key === key)).toHaveLength(2);
    });

    it("GIVEN stored text that is not JSON WHEN updated THEN it is replaced, and an error says so", async () => {
      const { store, writeRaw, log } = await open();
      const key = unique();
      await writeRaw(key, CUT_OFF);

      const seen: unknown[] = [];
      const updated = await store.update(key, Counter, (current) => {
        seen.push(current);
        return { n: 1 };
      });

      expect(seen).toEqual([undefined]);
      expect(updated).toEqual({ n: 1 });
      expect(await store.get(key, Counter)).toEqual({ n: 1 });
      expect(log.entries.some((e) => e.level === "error" && e.obj.key === key)).toBe(true);
    });

    it("GIVEN stored text that is not JSON WHEN an update would delete it THEN nothing is written", async () => {
      const { store, writeRaw, readRaw } = await open();
      const key = unique();
      await writeRaw(key, CUT_OFF);

      await store.update(key, Counter, (current) => current);
      // Still there for whoever repairs it: "change nothing" must not delete it on the way.
      expect(await readRaw(key)).toBe(CUT_OFF);
    });

    it("GIVEN a record that fails its schema WHEN updated THEN it is left as it is and the update fails, not as an outage", async () => {
      const { store, writeRaw } = await open();
      const key = unique();
      await writeRaw(key, envelope({ n: "four" }));

      const seen: unknown[] = [];
      const failure = await store
        .update(key, Counter, (current) => {
          seen.push(current);
          return { n: 1 };
        })
        .catch((error: unknown) => error);

      expect(seen).toEqual([]);
      expect(failure).toMatchObject({ code: "UnreadableRecord" });
      expect(isSkillbotError(failure, "StoreUnavailable")).toBe(false);
      expect(await store.get(key, z.object({ n: z.string() }))).toEqual({ n: "four" });
    });

    it("GIVEN damaged records WHEN deleted THEN they are gone", async () => {
      const { store, writeRaw } = await open();
      const [notJson, offSchema] = [unique(), unique()];
      await writeRaw(notJson, CUT_OFF);
      await writeRaw(offSchema, envelope({ n: "four" }));

      await store.delete(notJson);
      await store.delete(offSchema);

      expect(await store.update(notJson, Counter, (c) => c ?? { n: 0 })).toEqual({ n: 0 });
      expect(await store.update(offSchema, Counter, (c) => c ?? { n: 0 })).toEqual({ n: 0 });
    });
  });
}
