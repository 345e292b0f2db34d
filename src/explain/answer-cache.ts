import { createHash } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../core/ports.ts";
import { globalKeys } from "../store/keys.ts";
import type { RecordStore } from "../store/record-store.ts";
import { type ModelAnswer, ModelAnswerSchema } from "./answer-schema.ts";

const CachedSchema = z.object({ answer: ModelAnswerSchema, at: z.iso.datetime() });

/** What makes two requests the same: skills, normalised question, model, and the rest of the prompt. */
export type CacheKeyParts = {
  kind: string;
  skillIds: readonly string[];
  question: string;
  model: string;
  /** Levels and facts in the prompt, so one person's answer never reaches another's situation. */
  context: unknown;
};

/**
 * Model answers kept for `ttlMs` (the injected clock decides; the store's own expiry only frees
 * space). Answers are stored before grounding and grounded again on every hit, so a matrix change
 * can never let a cached answer cite something that is gone.
 */
export class AnswerCache {
  readonly #store: RecordStore;
  readonly #clock: Clock;
  readonly #ttlMs: number;

  constructor(options: { store: RecordStore; clock: Clock; ttlMs: number }) {
    this.#store = options.store;
    this.#clock = options.clock;
    this.#ttlMs = options.ttlMs;
  }

  key(parts: CacheKeyParts): string {
    return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 40);
  }

  async get(key: string): Promise<ModelAnswer | undefined> {
    if (this.#ttlMs <= 0) return undefined;
    const cached = await this.#store.get(globalKeys.explainCache(key), CachedSchema);
    if (!cached) return undefined;
    const age = this.#clock.now().getTime() - Date.parse(cached.at);
    return age >= 0 && age < this.#ttlMs ? cached.answer : undefined;
  }

  async set(key: string, answer: ModelAnswer): Promise<void> {
    if (this.#ttlMs <= 0) return;
    const at = this.#clock.now().toISOString();
    await this.#store.set(globalKeys.explainCache(key), { answer, at }, this.#ttlMs);
  }
}
