// Bytes in, bytes out: how the fake reads Slack-bound requests and writes Slack-shaped answers.
import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApiResponse, isRecord } from "./api-request.ts";

/** Fields the WebClient JSON-encodes inside a form body; decoded so tests see objects. */
const JSON_FIELDS = new Set([
  "blocks",
  "attachments",
  "view",
  "metadata",
  "unfurls",
  "user_auth_blocks",
  "chunks",
]);

function decodeFormValue(key: string, value: string): unknown {
  if (!JSON_FIELDS.has(key)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A form or JSON body as an object; undefined when it can't be read (multipart, bad JSON). */
export function parseBody(
  raw: string,
  contentType: string | undefined,
): Record<string, unknown> | undefined {
  if (raw === "") return {};
  if (contentType?.startsWith("application/json")) {
    try {
      const parsed: unknown = JSON.parse(raw);
      return isRecord(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  if (contentType?.startsWith("multipart/")) return undefined;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) body[key] = decodeFormValue(key, value);
  return body;
}

export function reply(
  response: ServerResponse,
  status: number,
  body: ApiResponse | string,
  headers: Record<string, string> = {},
): void {
  const json = typeof body !== "string";
  response.writeHead(status, {
    "content-type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    ...headers,
  });
  response.end(json ? JSON.stringify(body) : body);
}
