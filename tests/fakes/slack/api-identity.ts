// Who-is-who methods: auth.test, users.info, team.info, and the two that hand out credentials
// (oauth.v2.access for the install flow, apps.connections.open for Socket Mode).
import { type ApiResponse, failure, type MethodHandler, param } from "./api-request.ts";
import { FAKE_USER, type FakeUserProfile } from "./workspace.ts";

const DEFAULT_BOT_SCOPES = "commands,chat:write,users:read,im:write";

const authTest: MethodHandler = ({ token, workspace }) => {
  const { bot, team } = workspace;
  const asBot = token?.startsWith("xoxb-") ?? false;
  const userId = asBot ? bot.userId : FAKE_USER.id;
  const response: ApiResponse = {
    ok: true,
    url: `https://${team.domain}.slack.com/`,
    team: team.name,
    user: workspace.users.get(userId)?.name ?? userId,
    team_id: team.id,
    user_id: userId,
    is_enterprise_install: false,
  };
  if (asBot) {
    response.bot_id = bot.botId;
    response.app_id = bot.appId;
  }
  return response;
};

/** UTC offset (seconds) and long name of a time zone at a moment, as users.info reports them. */
function timeZoneAt(tz: string, atMs: number): { offset: number; label: string } {
  try {
    const part = (style: "longOffset" | "long") =>
      new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: style })
        .formatToParts(new Date(atMs))
        .find((p) => p.type === "timeZoneName")?.value ?? "";
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part("longOffset"));
    const sign = match?.[1] === "-" ? -1 : 1;
    const offset = match ? sign * (Number(match[2]) * 3600 + Number(match[3]) * 60) : 0;
    return { offset, label: part("long") };
  } catch {
    return { offset: 0, label: tz };
  }
}

function userObject(id: string, user: FakeUserProfile, teamId: string, atMs: number) {
  const zone = timeZoneAt(user.tz, atMs);
  return {
    id,
    team_id: teamId,
    name: user.name,
    deleted: user.deleted,
    real_name: user.real_name,
    tz: user.tz,
    tz_label: zone.label,
    tz_offset: zone.offset,
    is_admin: user.is_admin,
    is_owner: user.is_owner,
    is_primary_owner: user.is_owner,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: user.is_bot,
    is_app_user: false,
    profile: {
      real_name: user.real_name,
      real_name_normalized: user.real_name,
      display_name: user.display_name,
      display_name_normalized: user.display_name,
      team: teamId,
    },
  };
}

const usersInfo: MethodHandler = ({ body, workspace }) => {
  const id = param(body, "user");
  if (id === undefined) return failure("invalid_arguments");
  const user = workspace.users.get(id);
  if (user === undefined) return failure("user_not_found");
  return { ok: true, user: userObject(id, user, workspace.team.id, workspace.now()) };
};

const teamInfo: MethodHandler = ({ workspace }) => {
  const { team } = workspace;
  return {
    ok: true,
    team: {
      id: team.id,
      name: team.name,
      domain: team.domain,
      url: `https://${team.domain}.slack.com/`,
      email_domain: "",
      icon: { image_default: true },
      is_verified: false,
    },
  };
};

/** Client credentials come in the body or as HTTP Basic auth; Slack accepts either. */
function clientCredentials(request: Parameters<MethodHandler>[0]): {
  id?: string;
  secret?: string;
} {
  const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? "");
  if (basic?.[1] !== undefined) {
    const [id, secret] = Buffer.from(basic[1], "base64").toString("utf8").split(":");
    return { ...(id === undefined ? {} : { id }), ...(secret === undefined ? {} : { secret }) };
  }
  const id = param(request.body, "client_id");
  const secret = param(request.body, "client_secret");
  return { ...(id === undefined ? {} : { id }), ...(secret === undefined ? {} : { secret }) };
}

const oauthV2Access: MethodHandler = (request) => {
  const { oauth, workspace } = request;
  const credentials = clientCredentials(request);
  if (credentials.id === undefined) return failure("invalid_client_id");
  if (oauth.clientId !== undefined && credentials.id !== oauth.clientId) {
    return failure("invalid_client_id");
  }
  if (oauth.clientSecret !== undefined && credentials.secret !== oauth.clientSecret) {
    return failure("bad_client_secret");
  }
  if (param(request.body, "code") === undefined) return failure("invalid_code");
  const authedUser: Record<string, unknown> = { id: FAKE_USER.id };
  if (oauth.userToken !== undefined) {
    Object.assign(authedUser, { scope: "", access_token: oauth.userToken, token_type: "user" });
  }
  return {
    ok: true,
    app_id: workspace.bot.appId,
    authed_user: authedUser,
    scope: oauth.scopes ?? DEFAULT_BOT_SCOPES,
    token_type: "bot",
    access_token: workspace.bot.token,
    bot_user_id: workspace.bot.userId,
    team: { id: workspace.team.id, name: workspace.team.name },
    enterprise: null,
    is_enterprise_install: false,
  };
};

const connectionsOpen: MethodHandler = ({ socketModeUrl }) => ({ ok: true, url: socketModeUrl() });

export const IDENTITY_METHODS: Record<string, MethodHandler> = {
  "auth.test": authTest,
  "users.info": usersInfo,
  "team.info": teamInfo,
  "oauth.v2.access": oauthV2Access,
  "apps.connections.open": connectionsOpen,
};
