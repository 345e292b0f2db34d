import type { RedisClientType } from "@keyv/redis";
import { KeyedMutex } from "./keyed-mutex.ts";
import type { AtomicOps } from "./keyv-store.ts";

// Compare-and-set on the raw stored string: the write happens only if nobody wrote in between.
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if ARGV[1] == '1' then
  if current ~= ARGV[2] then return 0 end
elseif current then
  return 0
end
if ARGV[3] == '0' then
  redis.call('DEL', KEYS[1])
elseif ARGV[5] ~= '' then
  redis.call('SET', KEYS[1], ARGV[4], 'PX', ARGV[5])
else
  redis.call('SET', KEYS[1], ARGV[4])
end
return 1`;

/** Atomic operations on Redis, safe across any number of bot instances sharing it. */
export function redisAtomic(
  client: () => Promise<Pick<RedisClientType, "get" | "set" | "eval">>,
): AtomicOps {
  // Updates from this process queue per key; compare-and-set settles races with other instances.
  const mutex = new KeyedMutex();
  return {
    claim: async (key, serialised, ttlMs) => {
      const result = await (await client()).set(key, serialised, {
        condition: "NX",
        expiration: { type: "PX", value: ttlMs },
      });
      return result === "OK";
    },
    readRaw: async (key) => {
      const raw = await (await client()).get(key);
      return raw === null ? undefined : String(raw);
    },
    compareAndSet: async (key, expected, next, ttlMs) => {
      const result = await (await client()).eval(COMPARE_AND_SET, {
        keys: [key],
        arguments: [
          expected === undefined ? "0" : "1",
          expected ?? "",
          next === undefined ? "0" : "1",
          next ?? "",
          ttlMs ? String(Math.ceil(ttlMs)) : "",
        ],
      });
      return Number(result) === 1;
    },
    exclusive: (key, work) => mutex.run(key, work),
  };
}
