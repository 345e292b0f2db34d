// The fake REST API: an HTTP server on 127.0.0.1 answering `/api/v10/...` like Discord, recording
// every request (known route or not) and playing scripted failures before the real answer.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type CallMatcher,
  callMatches,
  createFailureScript,
  describeCall,
  describeMatcher,
  type FailureSpec,
  type RecordedCall,
  type RecordedFile,
  type RestRequest,
} from "./calls.ts";
import { type RestReply, unauthorized, unknownRoute } from "./errors.ts";
import { createWaitableLog, type WaitOptions } from "./log.ts";
import { matchRoute, type Route, routeName } from "./router.ts";
import type { World } from "./world.ts";

const API_PREFIX = "/api/v10";

export interface FakeRest {
  /** For `new Client({ rest: { api: apiBase } })`: discord.js appends `/v10`. */
  apiBase: string;
  calls: readonly RecordedCall[];
  nextCall(matcher: CallMatcher, options?: WaitOptions): Promise<RecordedCall>;
  failNext(matcher: CallMatcher, failure: FailureSpec): void;
  /** Drops the recorded calls. */
  forget(): void;
  close(): Promise<void>;
}

interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON, or multipart with the JSON in `payload_json` and files beside it (uploads). */
async function parseBody(raw: Buffer, contentType: string): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith("multipart/form-data")) {
    const form = await new Request("http://fake.invalid/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: raw,
    }).formData();
    const files: RecordedFile[] = [];
    const fields: Record<string, unknown> = {};
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") fields[field] = value;
      else files.push({ field, name: value.name, contentType: value.type, size: value.size });
    }
    const payload = fields.payload_json;
    return { body: typeof payload === "string" ? JSON.parse(payload) : fields, files };
  }
  const text = raw.toString("utf8");
  return { body: contentType.startsWith("application/json") ? JSON.parse(text) : text, files: [] };
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function isAuthorized(world: World, headers: Record<string, string>): boolean {
  const match = /^Bot (.+)$/.exec(headers.authorization ?? "");
  if (!match) return false;
  return world.token === undefined || match[1] === world.token;
}

function send(response: ServerResponse, reply: RestReply): void {
  const headers: Record<string, string> = { ...reply.headers };
  // A 204 carries no Content-Type, so @discordjs/rest reads it as an empty ArrayBuffer.
  const payload = reply.body === undefined ? undefined : JSON.stringify(reply.body);
  if (payload !== undefined) headers["content-type"] = "application/json";
  response.writeHead(reply.status, headers);
  response.end(payload);
}

export async function startFakeRest(world: World, routes: readonly Route[]): Promise<FakeRest> {
  const log = createWaitableLog<RecordedCall>(describeCall);
  const failures = createFailureScript();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const method = (request.method ?? "GET").toUpperCase();
    const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
    const path = (versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname)
      .split("/")
      .map((segment) => decodeURIComponent(segment))
      .join("/");
    const headers = flattenHeaders(request);
    const match = versioned ? matchRoute(routes, method, path) : undefined;
    const raw = await readBody(request);
    let parsed: ParsedBody;
    let reply: RestReply | undefined;
    try {
      parsed = await parseBody(raw, headers["content-type"] ?? "");
    } catch {
      parsed = { body: raw.toString("utf8"), files: [] };
      reply = {
        status: 400,
        body: { code: 50109, message: "The request body contains invalid JSON." },
      };
    }
    const call: RestRequest = {
      method,
      path,
      route: match ? routeName(match.route) : null,
      query: Object.fromEntries(url.searchParams),
      body: parsed.body,
      files: parsed.files,
      headers,
    };
    reply ??= failures.take(call);
    if (!reply && !match) reply = unknownRoute();
    if (!reply && match?.route.auth && !isAuthorized(world, headers)) reply = unauthorized();
    if (!reply && match) {
      try {
        reply = match.route.handle({ ...call, params: match.params });
      } catch (error) {
        // A bug in the fake: fail loudly here rather than as an SDK retry loop.
        console.error(`fake Discord: ${method} ${path} threw`, error);
        reply = { status: 500, body: { code: 0, message: "500: Internal Server Error" } };
      }
    }
    const final = reply ?? unknownRoute();
    log.record({ ...call, status: final.status, response: final.body });
    send(response, final);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error("fake Discord: request failed", error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    calls: log.entries,
    nextCall: (matcher, options) =>
      log.next((call) => callMatches(matcher, call), describeMatcher(matcher), options),
    failNext: (matcher, failure) => failures.add(matcher, failure),
    forget: () => log.forget(),
    async close() {
      log.abandon("The fake Discord REST API was closed");
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      // Keep-alive sockets from the SDK's HTTP agent would otherwise hold `close` open.
      server.closeAllConnections();
      await closed;
    },
  };
}
