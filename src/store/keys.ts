import type { Person } from "../core/events.ts";

/**
 * Every store key, in one place. Each tenant (Slack workspace, Discord guild, console) lives
 * under its own prefix `sb:<platform>:<tenant>:`, so tenants never see each other's data.
 */
type Tenant = Pick<Person, "platform" | "tenant">;
const tenantPrefix = (t: Tenant) => `sb:${t.platform}:${t.tenant}`;

export const keys = {
  person: (p: Person) => `${tenantPrefix(p)}:person:${p.user}`,
  /** Every rating the person gave, apart from their record: nothing on the hot path reads it. */
  ratingHistory: (p: Person) => `${tenantPrefix(p)}:ratings:${p.user}`,
  quizLog: (p: Person) => `${tenantPrefix(p)}:quizlog:${p.user}`,
  /** Rounds whose answer the person is claiming, until it is in their quiz log (forget me visits each). */
  quizPending: (p: Person) => `${tenantPrefix(p)}:quizpending:${p.user}`,
  /** The rounds shown to the person alone on one UTC day, answered or not (forget me deletes each). */
  personalRounds: (p: Person, date: string) =>
    `${tenantPrefix(p)}:personalrounds:${date}:${p.user}`,
  /** The skill of the last personal question shown to the person, and when ("another one"). */
  quizLastShown: (p: Person) => `${tenantPrefix(p)}:quizshown:${p.user}`,
  /** The skill, area or track the bot last answered the person about ("quiz me on it"). */
  conversationTopic: (p: Person) => `${tenantPrefix(p)}:topic:${p.user}`,
  /** The last list of skills the bot showed the person, in order ("the first one"). */
  conversationList: (p: Person) => `${tenantPrefix(p)}:topiclist:${p.user}`,
  /** Everyone who rated anything; kept in shards `members:0` to `members:255` (team-index.ts). */
  members: (t: Tenant) => `${tenantPrefix(t)}:members`,
  mentors: (t: Tenant) => `${tenantPrefix(t)}:mentors`,
  /** A token renewed at every rating or forget, so each instance knows its team tallies are old. */
  talliesVersion: (t: Tenant) => `${tenantPrefix(t)}:talliesversion`,
  quizRound: (t: Tenant, roundId: string) => `${tenantPrefix(t)}:round:${roundId}`,
  quizAnswer: (p: Person, roundId: string) => `${tenantPrefix(p)}:answer:${roundId}:${p.user}`,
  event: (t: Tenant, eventId: string) => `${tenantPrefix(t)}:event:${eventId}`,
  /** A channel's daily quiz schedule. */
  dailySchedule: (t: Tenant, channel: string) => `${tenantPrefix(t)}:daily:${channel}`,
  /** Claimed once per channel and local date: the one daily post, whatever the number of instances. */
  dailyPosted: (t: Tenant, channel: string, date: string) =>
    `${tenantPrefix(t)}:dailyposted:${channel}:${date}`,
  /** Claimed once per round: the one reveal. */
  dailyRevealed: (t: Tenant, roundId: string) => `${tenantPrefix(t)}:dailyrevealed:${roundId}`,
  /** Answers per option for a round, without names. */
  quizTally: (t: Tenant, roundId: string) => `${tenantPrefix(t)}:tally:${roundId}`,
  /** Channels where a person has daily quiz history (forget me visits each). */
  quizChannels: (p: Person) => `${tenantPrefix(p)}:quizchannels:${p.user}`,
  /** Channels with daily quiz history, one list per tenant: written before 9e7c481, read by forget me. */
  earlierQuizChannels: (t: Tenant) => `${tenantPrefix(t)}:quizchannels`,
  /** A channel's daily quiz history: streaks, participation, questions asked recently. */
  channelQuiz: (t: Tenant, channel: string) => `${tenantPrefix(t)}:channelquiz:${channel}`,
  /** A person's spaced-repetition deck of missed questions. */
  reviewDeck: (p: Person) => `${tenantPrefix(p)}:deck:${p.user}`,
  /** Claimed once per person and day: at most one review reminder. */
  reviewNudged: (p: Person, date: string) => `${tenantPrefix(p)}:nudged:${date}:${p.user}`,
  /** Model calls a person made on one UTC day (YYYY-MM-DD), for the explanation quota. */
  explainQuota: (p: Person, day: string) => `${tenantPrefix(p)}:explainquota:${day}:${p.user}`,
  /** A Slack app installation (bot token): by team, or by enterprise for an org-wide install. */
  installation: (t: Tenant) => `${tenantPrefix(t)}:installation`,
  /** The workspaces of a Slack Enterprise Grid org that installed the app one by one. */
  orgWorkspaces: (t: Tenant) => `${tenantPrefix(t)}:workspaces`,
} as const;

/** Keys for state that belongs to the deployment, not to a tenant. */
export const globalKeys = {
  health: "sb:health",
  /** Every channel with a daily quiz, across tenants: `platform|tenant|channel`. */
  dailySchedules: "sb:dailyschedules",
  /** Everyone who asked for review reminders, across tenants: `platform|tenant|user`. */
  reviewNudges: "sb:reviewnudges",
  /** A cached model answer; the hash covers skills, question, model and prompt context. */
  explainCache: (hash: string) => `sb:explain:${hash}`,
} as const;
