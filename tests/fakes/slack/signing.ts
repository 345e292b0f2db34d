// Slack's v0 request signing: HMAC-SHA256 over `v0:{timestamp}:{raw body}` with the signing secret.
// https://docs.slack.dev/authentication/verifying-requests-from-slack
import { createHmac } from "node:crypto";
import type { SlackDelivery } from "./payloads.ts";

export interface SlackSignatureHeaders {
  "X-Slack-Signature": string;
  "X-Slack-Request-Timestamp": string;
}

export function signSlackRequest(
  signingSecret: string,
  rawBody: string,
  timestampSeconds: number,
): SlackSignatureHeaders {
  const digest = createHmac("sha256", signingSecret)
    .update(`v0:${timestampSeconds}:${rawBody}`)
    .digest("hex");
  return {
    "X-Slack-Signature": `v0=${digest}`,
    "X-Slack-Request-Timestamp": String(timestampSeconds),
  };
}

/**
 * POSTs a delivery to an app's Slack endpoint the way Slack does, signed with `signingSecret`.
 * The timestamp defaults to the wall clock because the app under test checks it against its own
 * (Bolt rejects requests older than 5 minutes).
 */
export function postSigned(
  url: string,
  signingSecret: string,
  delivery: SlackDelivery,
  timestampSeconds: number = Math.floor(Date.now() / 1000),
): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": delivery.contentType,
      ...signSlackRequest(signingSecret, delivery.body, timestampSeconds),
    },
    body: delivery.body,
  });
}
