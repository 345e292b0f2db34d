// The fake Slack platform for tests: Web API, response_url webhooks and Socket Mode on 127.0.0.1,
// plus builders and signing for the requests Slack sends to an app.
export type { ApiResponse, FakeOAuthConfig, MethodHandler, MethodRequest } from "./api-request.ts";
export {
  appHomeOpened,
  appMention,
  BOT_MENTION,
  directMessage,
  type EventEnvelopeOptions,
  eventCallback,
  type MessageEventOptions,
} from "./events.ts";
export type { ScriptedFailure } from "./failures.ts";
export {
  type ButtonPressOptions,
  buttonPress,
  eventDelivery,
  interactionDelivery,
  type ModalViewOptions,
  plainTextValue,
  type SlackDelivery,
  type SlashCommandOptions,
  slashCommand,
  slashCommandDelivery,
  staticSelectValue,
  type ViewStateValues,
  type ViewSubmissionOptions,
  viewOutput,
  viewSubmission,
} from "./payloads.ts";
export { pingsIn } from "./pings.ts";
export type { CallPredicate, RecordedCall } from "./recorder.ts";
export { postSigned, type SlackSignatureHeaders, signSlackRequest } from "./signing.ts";
export type {
  DisconnectReason,
  SocketAck,
  SocketEnvelope,
  SocketEnvelopeType,
} from "./socket-mode.ts";
export { FakeSlack, type FakeSlackOptions, RESPONSE_URL, startFakeSlack } from "./web-api.ts";
export {
  FAKE_APP_TOKEN,
  FAKE_BOT,
  FAKE_CHANNEL,
  FAKE_DM_CHANNEL,
  FAKE_TEAM,
  FAKE_USER,
  type FakeUserProfile,
} from "./workspace.ts";
