import { z } from "zod";
import type { ChannelTarget } from "../../core/adapter.ts";
import { PlatformSchema } from "../../core/events.ts";
import { globalKeys, keys } from "../../store/keys.ts";
import type { RecordStore } from "../../store/record-store.ts";

const Iso = z.iso.datetime({ offset: true });
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const DailyTopicSchema = z.union([
  z.literal("weakest"),
  z.object({ kind: z.enum(["track", "area", "skill"]), id: z.string() }),
]);
export type DailyTopic = z.infer<typeof DailyTopicSchema>;

/** One channel's daily quiz: when, in which time zone, about what, and what is still open. */
export const DailyScheduleSchema = z.object({
  platform: PlatformSchema,
  tenant: z.string(),
  channel: z.string(),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  timezone: z.string(),
  topic: DailyTopicSchema,
  /** Which days it posts: every day unless set up for weekdays (schedules from before have none). */
  days: z.enum(["every", "weekdays"]).optional(),
  enabledBy: z.string(),
  enabledAt: Iso,
  /** The local date of the last post, so a restart never posts the same day twice. */
  lastPostDate: LocalDate.optional(),
  /** The local date whose post was skipped for being too late, logged once. */
  lastSkippedDate: LocalDate.optional(),
  /**
   * When the platform refused a post here for good (the channel is gone, the bot was removed):
   * nothing runs until someone sets the quiz up again.
   */
  pausedAt: Iso.optional(),
  /**
   * Turned off while a question was open: that question still gets its reveal at its time (the
   * channel answered it), then the schedule goes. Nothing new is posted meanwhile.
   */
  offAt: Iso.optional(),
  /** The posted question waiting for its reveal. */
  open: z
    .object({ roundId: z.string(), messageId: z.string(), revealAt: Iso, date: LocalDate })
    .optional(),
});
export type DailySchedule = z.infer<typeof DailyScheduleSchema>;
/** What setting a quiz up decides; the rest of a schedule is what it has done since. */
type ScheduleSettings = Omit<
  DailySchedule,
  "lastPostDate" | "lastSkippedDate" | "pausedAt" | "offAt" | "open"
>;

/** The channel a schedule posts in, as the outbox names it. */
export const scheduleTarget = (s: DailySchedule): ChannelTarget => ({
  platform: s.platform,
  tenant: s.tenant,
  channel: s.channel,
});

const ScheduleIndexSchema = z.object({ channels: z.array(z.string()) });
const targetKey = (t: ChannelTarget) => `${t.platform}|${t.tenant}|${t.channel}`;

/** Daily schedules, one per channel, plus a deployment-wide index so the scheduler can find them all. */
export class Schedules {
  readonly #store: RecordStore;

  constructor(store: RecordStore) {
    this.#store = store;
  }

  get(target: ChannelTarget): Promise<DailySchedule | undefined> {
    return this.#store.get(keys.dailySchedule(target, target.channel), DailyScheduleSchema);
  }

  /**
   * The stored schedule when it cannot be read (it then reads as none, and the scheduler skips
   * it): for status to say so, and `quiz daily on` to replace it.
   */
  async damaged(target: ChannelTarget): Promise<unknown> {
    const key = keys.dailySchedule(target, target.channel);
    const stored = await this.#store.get(key, z.unknown());
    return stored !== undefined && !(await this.get(target)) ? stored : undefined;
  }

  async save(schedule: DailySchedule): Promise<void> {
    await this.#store.set(keys.dailySchedule(schedule, schedule.channel), schedule);
    await this.#index(schedule);
  }

  /**
   * Sets a channel's quiz up, or up again with new settings, in one atomic change: what is
   * running (the open question, the date of the last post) is kept as it is stored then, not as
   * it was read before. A save of the schedule read earlier could undo a post made meanwhile
   * (by the scheduler, or another instance), and that question never got its reveal. Set up
   * again by someone who can, a quiz the platform had refused, or one turned off and still
   * waiting for its last reveal, starts over.
   */
  async setUp(settings: ScheduleSettings): Promise<DailySchedule> {
    const saved = await this.#store.update(
      keys.dailySchedule(settings, settings.channel),
      DailyScheduleSchema,
      (current) => {
        const { pausedAt: _restarts, offAt: _onAgain, ...running } = current ?? {};
        return { ...running, ...settings };
      },
    );
    await this.#index(settings);
    return saved ?? settings;
  }

  async #index(target: ChannelTarget): Promise<void> {
    await this.#store.update(globalKeys.dailySchedules, ScheduleIndexSchema, (index) => {
      const key = targetKey(target);
      return index?.channels.includes(key)
        ? index
        : { channels: [...(index?.channels ?? []), key] };
    });
  }

  /** Applies a change to a schedule atomically; returns the schedule as it now is. */
  change(
    target: ChannelTarget,
    change: (current: DailySchedule) => DailySchedule,
  ): Promise<DailySchedule | undefined> {
    return this.#store.update(
      keys.dailySchedule(target, target.channel),
      DailyScheduleSchema,
      (current) => (current ? change(current) : undefined),
    );
  }

  async remove(target: ChannelTarget): Promise<void> {
    await this.#store.delete(keys.dailySchedule(target, target.channel));
    await this.#store.update(globalKeys.dailySchedules, ScheduleIndexSchema, (index) =>
      index ? { channels: index.channels.filter((c) => c !== targetKey(target)) } : undefined,
    );
  }

  /** Every schedule in the deployment (all tenants), for the scheduler and `quiz run-due`. */
  async all(): Promise<DailySchedule[]> {
    const index = await this.#store.get(globalKeys.dailySchedules, ScheduleIndexSchema);
    const schedules = await Promise.all(
      (index?.channels ?? []).map((key) => {
        const [platform, tenant, channel] = key.split("|");
        const parsed = PlatformSchema.safeParse(platform);
        return parsed.success && tenant && channel
          ? this.get({ platform: parsed.data, tenant, channel })
          : undefined;
      }),
    );
    return schedules.filter((s): s is DailySchedule => s !== undefined);
  }

  /** The channels of a tenant with a daily quiz, from the index: a damaged schedule counts too. */
  async channelsIn(tenant: Pick<ChannelTarget, "platform" | "tenant">): Promise<string[]> {
    const index = await this.#store.get(globalKeys.dailySchedules, ScheduleIndexSchema);
    const prefix = `${tenant.platform}|${tenant.tenant}|`;
    return (index?.channels ?? [])
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
  }

  /** Schedules in one tenant (forget me walks them to remove a person's streaks). */
  async inTenant(tenant: Pick<ChannelTarget, "platform" | "tenant">): Promise<DailySchedule[]> {
    return (await this.all()).filter(
      (s) => s.platform === tenant.platform && s.tenant === tenant.tenant,
    );
  }
}
