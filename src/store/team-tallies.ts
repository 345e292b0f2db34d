import type { Person } from "../core/events.ts";
import type { Clock } from "../core/ports.ts";

/**
 * How many people rated a skill at each level (index 0–4). Kept by level, not as a sum, so a
 * team figure can leave the asker's own rating out and show a typical level, never an average
 * (see features/team-figures.ts for why).
 */
export type Tally = { atLevel: number[] };
/** A tenant's tallies by skill id. */
export type Tallies = ReadonlyMap<string, Tally>;
type Tenant = Pick<Person, "platform" | "tenant">;
type Counted = { at: number; tallies: Promise<Tallies> };

/**
 * Each tenant's ratings tallied by skill, counted from every member's record and then reused:
 * a team figure would otherwise read every member on each `explain` (at 3,000 members, each
 * rated ten times: about 35 ms in memory, 60 ms on SQLite). A rating or a forget in this
 * process drops its tenant's count, so the next one includes it; one made through another
 * instance sharing Redis shows once the count is `freshMs` old. A count still running when a
 * change comes is not kept, since it may have read the record before the change.
 */
export class TeamTallies {
  readonly #count: (tenant: Tenant) => Promise<Tallies>;
  readonly #clock: Clock;
  readonly #freshMs: number;
  readonly #tenantsKept: number;
  /** Counts by tenant, least recently counted first. */
  readonly #counted = new Map<string, Counted>();

  constructor(options: {
    count: (tenant: Tenant) => Promise<Tallies>;
    clock: Clock;
    freshMs: number;
    tenantsKept: number;
  }) {
    this.#count = options.count;
    this.#clock = options.clock;
    this.#freshMs = options.freshMs;
    this.#tenantsKept = options.tenantsKept;
  }

  of(tenant: Tenant): Promise<Tallies> {
    const key = tenantKey(tenant);
    const now = this.#clock.now().getTime();
    const kept = this.#counted.get(key);
    if (kept && now - kept.at < this.#freshMs) return kept.tallies;
    const counted: Counted = { at: now, tallies: this.#count(tenant) };
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

  /** Someone in `tenant` rated a skill or was forgotten: the next figure counts again. */
  changed(tenant: Tenant): void {
    this.#counted.delete(tenantKey(tenant));
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
