import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import { z } from "zod";
import { keys } from "../../src/store/keys.ts";
import type { RecordStore } from "../../src/store/record-store.ts";

const Named = z.object({ id: z.string(), name: z.string().optional() });

/** The parts of Bolt's Installation we keep: tokens, ids and scopes, never the raw OAuth answer. */
const StoredInstallation = z.object({
  team: Named.optional(),
  enterprise: Named.optional(),
  user: z.object({
    id: z.string(),
    token: z.string().optional(),
    scopes: z.array(z.string()).optional(),
  }),
  bot: z
    .object({
      token: z.string(),
      scopes: z.array(z.string()),
      id: z.string(),
      userId: z.string(),
      refreshToken: z.string().optional(),
      expiresAt: z.number().optional(),
    })
    .optional(),
  appId: z.string().optional(),
  enterpriseUrl: z.string().optional(),
  isEnterpriseInstall: z.boolean().optional(),
  authVersion: z.enum(["v1", "v2"]).optional(),
});
type Stored = z.infer<typeof StoredInstallation>;

const at = (id: string) => keys.installation({ platform: "slack", tenant: id });

/** Bolt looks an installation up by enterprise for org-wide installs, by team otherwise. */
function lookupId(query: InstallationQuery<boolean>): string | undefined {
  return query.isEnterpriseInstall ? query.enterpriseId : (query.teamId ?? query.enterpriseId);
}

/**
 * Bolt's InstallationStore on our store, so every instance (Redis) sees each workspace's token.
 * An installation is also filed under its tenant (the Grid org for a workspace inside one), so
 * `post` and `dm` can find a token from a tenant alone.
 */
export class StoreInstallations implements InstallationStore {
  readonly #store: RecordStore;

  constructor(store: RecordStore) {
    this.#store = store;
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const record = StoredInstallation.parse(installation);
    const id = record.isEnterpriseInstall ? record.enterprise?.id : record.team?.id;
    if (!id) throw new Error("installation names neither a team nor an enterprise");
    await this.#store.set(at(id), record);
    const tenant = record.enterprise?.id ?? id;
    if (tenant !== id) await this.#store.set(at(tenant), record);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const id = lookupId(query);
    const record = id ? await this.#store.get(at(id), StoredInstallation) : undefined;
    if (!record) throw new Error(`no Slack installation for ${id ?? "an unnamed team"}`);
    return asInstallation(record);
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const id = lookupId(query);
    if (id) await this.#store.delete(at(id));
  }

  /** The bot token for a tenant, for messages we start ourselves (daily quiz, reminders). */
  async botToken(tenant: string): Promise<string | undefined> {
    return (await this.#store.get(at(tenant), StoredInstallation))?.bot?.token;
  }
}

const named = (n: { id: string; name?: string | undefined }) => ({
  id: n.id,
  ...(n.name ? { name: n.name } : {}),
});

function asInstallation(r: Stored): Installation {
  const bot = r.bot && {
    token: r.bot.token,
    scopes: r.bot.scopes,
    id: r.bot.id,
    userId: r.bot.userId,
    ...(r.bot.refreshToken ? { refreshToken: r.bot.refreshToken } : {}),
    ...(r.bot.expiresAt ? { expiresAt: r.bot.expiresAt } : {}),
  };
  return {
    team: r.team && named(r.team),
    enterprise: r.enterprise && named(r.enterprise),
    user: { id: r.user.id, token: r.user.token, scopes: r.user.scopes },
    ...(bot ? { bot } : {}),
    ...(r.appId ? { appId: r.appId } : {}),
    ...(r.enterpriseUrl ? { enterpriseUrl: r.enterpriseUrl } : {}),
    isEnterpriseInstall: r.isEnterpriseInstall ?? false,
    authVersion: r.authVersion ?? "v2",
  } satisfies Installation;
}
