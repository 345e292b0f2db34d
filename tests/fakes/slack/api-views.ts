// views.open / views.publish / views.update: Slack echoes the view back with its own IDs added.
import {
  type ApiResponse,
  failure,
  type MethodHandler,
  type MethodRequest,
  objectParam,
  param,
} from "./api-request.ts";

/** The view as Slack returns it: defaults, then what the app sent, then the fields Slack owns. */
function viewResponse(
  request: MethodRequest,
  sent: Record<string, unknown>,
  id: string,
): Record<string, unknown> {
  const { bot, team } = request.workspace;
  return {
    type: "modal",
    blocks: [],
    private_metadata: "",
    callback_id: "",
    external_id: "",
    clear_on_close: false,
    notify_on_close: false,
    close: null,
    submit: null,
    ...sent,
    id,
    team_id: team.id,
    app_installed_team_id: team.id,
    app_id: bot.appId,
    bot_id: bot.botId,
    state: { values: {} },
    hash: `${Math.floor(request.workspace.now() / 1000)}.${id}`,
    previous_view_id: null,
    root_view_id: id,
  };
}

function opened(request: MethodRequest, sent: Record<string, unknown>): ApiResponse {
  const external = typeof sent.external_id === "string" ? sent.external_id : undefined;
  const id = request.workspace.registerView(external);
  return { ok: true, view: viewResponse(request, sent, id) };
}

const open: MethodHandler = (request) => {
  const view = objectParam(request.body, "view");
  if (param(request.body, "trigger_id") === undefined || view === undefined) {
    return failure("invalid_arguments");
  }
  return opened(request, view);
};

const publish: MethodHandler = (request) => {
  const view = objectParam(request.body, "view");
  if (param(request.body, "user_id") === undefined || view === undefined) {
    return failure("invalid_arguments");
  }
  if (view.type !== "home") return failure("invalid_arguments");
  return opened(request, view);
};

const update: MethodHandler = (request) => {
  const view = objectParam(request.body, "view");
  if (view === undefined) return failure("invalid_arguments");
  // Any view_id is accepted (the view may come from a built payload); external IDs must be known.
  const externalId = param(request.body, "external_id");
  const id =
    param(request.body, "view_id") ??
    (externalId === undefined ? undefined : request.workspace.viewByExternalId(externalId));
  if (id === undefined) return failure("not_found");
  return { ok: true, view: viewResponse(request, view, id) };
};

export const VIEW_METHODS: Record<string, MethodHandler> = {
  "views.open": open,
  "views.publish": publish,
  "views.update": update,
};
