import type { Person } from "../core/events.ts";

/**
 * Every store key, in one place. Each tenant (Slack workspace, Discord guild, console) lives
 * under its own prefix `sb:<platform>:<tenant>:`, so tenants never see each other's data.
 */
type Tenant = Pick<Person, "platform" | "tenant">;
const tenantPrefix = (t: Tenant) => `sb:${t.platform}:${t.tenant}`;

export const keys = {
  person: (p: Person) => `${tenantPrefix(p)}:person:${p.user}`,
  quizLog: (p: Person) => `${tenantPrefix(p)}:quizlog:${p.user}`,
  members: (t: Tenant) => `${tenantPrefix(t)}:members`,
  mentors: (t: Tenant) => `${tenantPrefix(t)}:mentors`,
  quizRound: (t: Tenant, roundId: string) => `${tenantPrefix(t)}:round:${roundId}`,
  quizAnswer: (p: Person, roundId: string) => `${tenantPrefix(p)}:answer:${roundId}:${p.user}`,
  event: (t: Tenant, eventId: string) => `${tenantPrefix(t)}:event:${eventId}`,
} as const;

/** Keys for state that belongs to the deployment, not to a tenant. */
export const globalKeys = {
  health: "sb:health",
} as const;
