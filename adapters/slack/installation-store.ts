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
/** Ids of an org's workspaces that installed the app themselves, each under its own key. */
const OrgWorkspaces = z.object({ teams: z.array(z.string()) });
const workspacesOf = (enterprise: string) =>
  keys.orgWorkspaces({ platform: "slack", tenant: enterprise });

/** Bolt looks an installation up by enterprise for org-wide installs, by team otherwise. */
function lookupId(query: InstallationQuery<boolean>): string | undefined {
  return query.isEnterpriseInstall ? query.enterpriseId : (query.teamId ?? query.enterpriseId);
}

/**
 * Bolt's InstallationStore on our store, so every instance (Redis) sees each workspace's token.
 *
 * A workspace inside an Enterprise Grid org shares its people's data with the whole org (the
 * org is the tenant), but has a token of its own when it installed the app by itself. The org
 * keeps the list of those workspaces, so `post` and `dm` can try each one's token: a channel
 * or a person belongs to one of them. (Earlier versions filed a copy of the latest workspace's
 * installation under the org instead: another workspace's messages then went out with that
 * token, and failed. Such a copy is still read, and goes when its workspace uninstalls.)
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
    const org = record.enterprise?.id;
    if (org && org !== id)
      await this.#store.update(workspacesOf(org), OrgWorkspaces, (current) =>
        current?.teams.includes(id) ? current : { teams: [...(current?.teams ?? []), id] },
      );
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const id = lookupId(query);
    const record = id ? await this.#store.get(at(id), StoredInstallation) : undefined;
    if (!record) throw new Error(`no Slack installation for ${id ?? "an unnamed team"}`);
    return asInstallation(record);
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const id = lookupId(query);
    if (!id) return;
    await this.#store.delete(at(id));
    const org = query.enterpriseId;
    if (!org || org === id) return;
    await this.#store.update(workspacesOf(org), OrgWorkspaces, (current) => {
      const teams = current?.teams.filter((team) => team !== id) ?? [];
      return teams.length > 0 ? { teams } : undefined;
    });
    const copy = await this.#store.get(at(org), StoredInstallation);
    if (copy && !copy.isEnterpriseInstall && copy.team?.id === id)
      await this.#store.delete(at(org));
  }

  /**
   * The bot tokens that may reach a tenant's channels and people, to try in this order: the
   * tenant's own installation (a workspace, or an org-wide install), then each of an org's
   * workspaces that installed the app themselves.
   */
  async botTokens(tenant: string): Promise<string[]> {
    const own = (await this.#store.get(at(tenant), StoredInstallation))?.bot?.token;
    const teams = (await this.#store.get(workspacesOf(tenant), OrgWorkspaces))?.teams ?? [];
    const theirs = await Promise.all(
      teams.map(async (team) => (await this.#store.get(at(team), StoredInstallation))?.bot?.token),
    );
    return [...new Set([own, ...theirs].filter((token) => token !== undefined))];
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
