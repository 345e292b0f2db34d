import { z } from "zod";
import type { Person } from "../core/events.ts";
import type { Clock, IdSource } from "../core/ports.ts";
import { keys } from "./keys.ts";
import type { RecordStore } from "./record-store.ts";

/**
 * How many people rated a skill at each level (index 0–4). Kept by level, not as a sum, so a
 * team figure can leave the asker's own rating out and show a typical level, never an average
 * (see features/team-figures.ts for why).
 */
export type Tally = { atLevel: number[] };
/** A tenant's tallies by skill id. */
export type Tallies = ReadonlyMap<string, Tally>;
type Tenant = Pick<Person, "platform" | "tenant">;
type Counted = { at: number; version: string | undefined; tallies: Promise<Tallies> };

/**
 * A tenant's tallies version in a store several instances share: every change writes a new
 * token, and a count made under an older one is not reused.
 */
export type SharedVersion = {
  read(tenant: Tenant): Promise<string | undefined>;
  renew(tenant: Tenant): Promise<void>;
};

/**
 * The version as one record holding a fresh random token: a plain write, one store operation
 * and nothing to retry however many ratings come at once (a counter would be read, changed and
 * written back, and retried by every rating that met another).
 */
export function storedVersion(store: RecordStore, ids: IdSource): SharedVersion {
  return {
    read: (tenant) => store.get(keys.talliesVersion(tenant), z.string()),
    renew: (tenant) => store.set(keys.talliesVersion(tenant), ids.next()),
  };
}

/**
 * Each tenant's ratings tallied by skill, counted from every member's record and then reused:
 * a team figure would otherwise read every member on each `explain` (at 3,000 members, each
 * rated ten times: about 35 ms in memory, 60 ms on SQLite). A rating or a forget drops its
 * tenant's count here at once and, with a `shared` version, on every other instance at their
 * next figure (a forgotten person must leave every figure, not only this instance's); `freshMs`
 * bounds the age of a count whose change could not renew the version. A count still running
 * when a change comes is not kept, since it may have read the record before the change.
 */
export class TeamTallies {
  readonly #count: (tenant: Tenant) => Promise<Tallies>;
  readonly #clock: Clock;
  readonly #freshMs: number;
  readonly #tenantsKept: number;
  readonly #shared: SharedVersion | undefined;
  /** Counts by tenant, least recently counted first. */
  readonly #counted = new Map<string, Counted>();

  constructor(options: {
    count: (tenant: Tenant) => Promise<Tallies>;
    clock: Clock;
    freshMs: number;
    tenantsKept: number;
    shared?: SharedVersion;
  }) {
    this.#count = options.count;
    this.#clock = options.clock;
    this.#freshMs = options.freshMs;
    this.#tenantsKept = options.tenantsKept;
    this.#shared = options.shared;
  }

  of(tenant: Tenant): Promise<Tallies> {
    if (!this.#shared) return this.#keptOrCounted(tenant, undefined);
    // The version is read before the count: a change after this read renews it, so a count
    // that missed the change is kept under a version already old.
    return this.#shared.read(tenant).then((version) => this.#keptOrCounted(tenant, version));
  }

  /** Someone in `tenant` rated a skill or was forgotten: the next figure here counts again. */
  changed(tenant: Tenant): void {
    this.#counted.delete(tenantKey(tenant));
  }

  /** After a change is written: the next figure on every instance counts again. */
  async changedEverywhere(tenant: Tenant): Promise<void> {
    this.changed(tenant);
    await this.#shared?.renew(tenant);
  }

  #keptOrCounted(tenant: Tenant, version: string | undefined): Promise<Tallies> {
    const key = tenantKey(tenant);
    const now = this.#clock.now().getTime();
    const kept = this.#counted.get(key);
    if (kept && kept.version === version && now - kept.at < this.#freshMs) return kept.tallies;
    const counted: Counted = { at: now, version, tallies: this.#count(tenant) };
    this.#counted.delete(key);
    this.#counted.set(key, counted);
    // A failed count (store down) is not kept: the next call tries again.
    counted.tallies.catch(() => {
      if (this.#counted.get(key) === counted) this.#counted.delete(key);
    });
    for (const oldest of this.#counted.keys()) {
      if (this.#counted.size <= this.#tenantsKept) break;
      this.#counted.delete(oldest);
    }
    return counted.tallies;
  }
}

const tenantKey = (tenant: Tenant) => `${tenant.platform}:${tenant.tenant}`;

/** Tallies of every rating in the given records. */
export function tally(
  records: Iterable<{ ratings: Readonly<Record<string, { level: number }>> }>,
): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const { ratings } of records) {
    for (const [skillId, { level }] of Object.entries(ratings)) {
      const skill = tallies.get(skillId) ?? { atLevel: [0, 0, 0, 0, 0] };
      skill.atLevel[level] = (skill.atLevel[level] ?? 0) + 1;
      tallies.set(skillId, skill);
    }
  }
  return tallies;
}
