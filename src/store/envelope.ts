import type { DeserializedData } from "keyv";

/**
 * How records are stored: keyv's own envelope (`{ value, expires }`) in plain JSON, so what
 * keyv.set writes reads back through the raw paths (get, claim, update) and the other way
 * round. Records are JSON values with no Buffers, and keyv's default serializer walks every
 * value looking for them (it was the largest single cost on the hot path). Synchronous, so
 * claims and updates encode and decode without extra awaits; keyv is given the same functions.
 */
export const recordCodec = {
  serialize: (data: DeserializedData<unknown>): string => JSON.stringify(data),
  deserialize: <Value>(text: string): DeserializedData<Value> | undefined => JSON.parse(text),
};

/** A value in its envelope, expiring `ttlMs` from now when given. */
export function envelope(value: unknown, ttlMs: number | undefined): string {
  return recordCodec.serialize({ value, expires: ttlMs ? Date.now() + ttlMs : undefined });
}

/**
 * A raw stored envelope opened: its value, and when it expires (ms) if it does; undefined when
 * the text is no envelope at all (a row cut off mid-write, a hand edit).
 */
export function opened(raw: string): { value: unknown; expires: number | undefined } | undefined {
  let stored: DeserializedData<unknown> | undefined;
  try {
    stored = recordCodec.deserialize(raw);
  } catch {
    return undefined;
  }
  if (typeof stored !== "object" || stored === null) return undefined;
  return {
    value: stored.value,
    expires: typeof stored.expires === "number" ? stored.expires : undefined,
  };
}

/** Whether an expiry (ms) has passed by `now`; a record without one never expires. */
export const expiredBy = (expires: number | undefined, now: number): boolean =>
  expires !== undefined && expires <= now;

/** The value of a raw stored envelope, or undefined when it is missing, unreadable or expired. */
export function liveValue(raw: string | undefined, now = Date.now()): unknown {
  if (raw === undefined) return undefined;
  const stored = opened(raw);
  return stored && !expiredBy(stored.expires, now) ? stored.value : undefined;
}

/** Whether a raw stored envelope carries an expiry that has passed (unreadable text has none). */
export function hasExpired(raw: string, now: number): boolean {
  const stored = opened(raw);
  return stored !== undefined && expiredBy(stored.expires, now);
}
