import type { App, CodedError } from "@slack/bolt";
import type { StoreInstallations } from "./installation-store.ts";
import type { SlackDeps } from "./requests.ts";

/** Reads a field of a payload Bolt could not hand to a listener (its shape is unknown then). */
const field = (body: unknown, key: string): unknown =>
  typeof body === "object" && body !== null ? Reflect.get(body, key) : undefined;

/**
 * What is not a conversation: Bolt's own failures (no installation for a team, a listener that
 * threw) are logged and, where Slack gave a response_url, apologised for; uninstalls forget
 * the workspace's token.
 */
export function registerHousekeeping(
  app: App,
  deps: SlackDeps,
  installations: StoreInstallations | undefined,
): void {
  app.error(async ({ error, body }: { error: CodedError; body: unknown }) => {
    deps.log.error({ err: error, code: error.code }, "Slack request failed before a listener");
    const responseUrl = field(body, "response_url");
    const user = field(field(body, "user"), "id") ?? field(body, "user_id");
    if (typeof responseUrl === "string" && responseUrl && typeof user === "string")
      await deps.delivery.apologize(app.client, { user, responseUrl, publicOk: false });
  });

  if (!installations) return;
  app.event("app_uninstalled", async ({ context }) => {
    const { teamId, enterpriseId, isEnterpriseInstall } = context;
    if (isEnterpriseInstall && enterpriseId)
      await installations.deleteInstallation({
        teamId: undefined,
        enterpriseId,
        isEnterpriseInstall,
      });
    else if (teamId)
      await installations.deleteInstallation({ teamId, enterpriseId, isEnterpriseInstall: false });
    deps.log.info({ team: teamId, enterprise: enterpriseId }, "Slack app uninstalled");
  });
}
