// A fake of Slack's Socket Mode WebSocket endpoint (the URL apps.connections.open hands out).
// Protocol as @slack/socket-mode 3 expects it: on connect Slack sends `hello` (the client's
// start() resolves only then); each envelope must be acked with `{envelope_id, payload?}`;
// `disconnect` asks the client to reconnect. WebSocket pings from the client are answered by `ws`.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import { isRecord } from "./api-request.ts";
import { DEFAULT_WAIT_MS } from "./recorder.ts";

export type SocketEnvelopeType = "slash_commands" | "events_api" | "interactive";

export interface SocketEnvelope {
  type: SocketEnvelopeType;
  /** The same object Slack would POST over HTTP (slash command fields, event_callback, interaction). */
  payload: object;
  envelope_id?: string;
  /** Defaults as Slack sets them: true for slash commands and view submissions, else false. */
  accepts_response_payload?: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

/** What the client sent back for an envelope. Bolt puts `ack(body)`'s argument in `payload`. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export type DisconnectReason = "warning" | "refresh_requested" | "link_disabled";

export const SOCKET_MODE_PATH = "/link/";

/** How long close() lets a client answer the close frame before cutting the socket. */
const CLOSE_HANDSHAKE_MS = 1_000;

interface PendingAck {
  resolve: (ack: SocketAck) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

function acceptsResponsePayload(envelope: SocketEnvelope): boolean {
  if (envelope.type === "slash_commands") return true;
  if (envelope.type !== "interactive") return false;
  const kind = isRecord(envelope.payload) ? envelope.payload.type : undefined;
  return kind === "view_submission" || kind === "block_suggestion";
}

function parseAck(data: RawData): SocketAck | undefined {
  try {
    const message: unknown = JSON.parse(data.toString());
    if (!isRecord(message) || typeof message.envelope_id !== "string") return undefined;
    const { envelope_id, payload } = message;
    return isRecord(payload) ? { envelope_id, payload } : { envelope_id };
  } catch {
    return undefined;
  }
}

export class FakeSocketMode {
  /** Every ack received, in order. */
  readonly acks: SocketAck[] = [];
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #appId: string;
  readonly #wsOrigin: () => string;
  readonly #pending = new Map<string, PendingAck>();
  #connectionWaiters: Array<() => void> = [];
  #ticketSeq = 0;
  #envelopeSeq = 0;

  constructor(appId: string, wsOrigin: () => string) {
    this.#appId = appId;
    this.#wsOrigin = wsOrigin;
    this.#wss.on("connection", (socket) => this.#onConnection(socket));
  }

  /** A fresh connection URL, shaped like Slack's `wss://wss-primary.slack.com/link/?ticket=…`. */
  url(): string {
    this.#ticketSeq += 1;
    return `${this.#wsOrigin()}${SOCKET_MODE_PATH}?ticket=fake-ticket-${this.#ticketSeq}&app_id=${this.#appId}`;
  }

  get connectionCount(): number {
    return this.#openSockets().length;
  }

  /** Takes over HTTP upgrades for the Socket Mode path; returns false for any other path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const path = new URL(request.url ?? "/", "http://fake").pathname;
    if (path !== SOCKET_MODE_PATH) return false;
    this.#wss.handleUpgrade(request, socket, head, (ws) =>
      this.#wss.emit("connection", ws, request),
    );
    return true;
  }

  /** Resolves once a client has connected (and been sent `hello`). */
  whenConnected(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    if (this.connectionCount > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#connectionWaiters = this.#connectionWaiters.filter((w) => w !== waiter);
        reject(new Error(`fake Slack Socket Mode: no client connected within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = () => {
        clearTimeout(timer);
        resolve();
      };
      this.#connectionWaiters.push(waiter);
    });
  }

  /** Delivers an envelope to the newest connection and resolves with the client's ack. */
  async send(envelope: SocketEnvelope, timeoutMs = DEFAULT_WAIT_MS): Promise<SocketAck> {
    await this.whenConnected(timeoutMs);
    const socket = this.#openSockets().at(-1);
    if (socket === undefined) throw new Error("fake Slack Socket Mode: client went away");
    this.#envelopeSeq += 1;
    const envelopeId =
      envelope.envelope_id ??
      `00000000-0000-4000-8000-${String(this.#envelopeSeq).padStart(12, "0")}`;
    const message: Record<string, unknown> = {
      envelope_id: envelopeId,
      type: envelope.type,
      payload: envelope.payload,
      accepts_response_payload:
        envelope.accepts_response_payload ?? acceptsResponsePayload(envelope),
    };
    if (envelope.type === "events_api") {
      message.retry_attempt = envelope.retry_attempt ?? 0;
      message.retry_reason = envelope.retry_reason ?? "";
    }
    const acked = new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(envelopeId);
        reject(
          new Error(
            `fake Slack Socket Mode: ${envelope.type} envelope ${envelopeId} not acked within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      this.#pending.set(envelopeId, { resolve, reject, timer });
    });
    socket.send(JSON.stringify(message));
    return acked;
  }

  /** Sends Slack's `disconnect` message; the client closes and (if auto-reconnect) reconnects. */
  disconnect(reason: DisconnectReason = "refresh_requested"): void {
    const message = JSON.stringify({
      type: "disconnect",
      reason,
      debug_info: { host: "applink-fake" },
    });
    for (const socket of this.#openSockets()) socket.send(message);
  }

  /**
   * Drops every connection from Slack's side with no `disconnect` message first, as when the
   * server behind it goes away (close code 1001). The client reconnects after its back-off;
   * the fake keeps accepting connections.
   */
  drop(): void {
    for (const socket of this.#openSockets()) socket.close(1001, "fake Slack went away");
  }

  async close(): Promise<void> {
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error(`fake Slack Socket Mode: closed before envelope ${id} was acked`));
    }
    this.#pending.clear();
    // A close handshake, not a cut: a cut socket makes the client log a WebSocket error.
    const closed = [...this.#wss.clients].map(
      (socket) =>
        new Promise<void>((resolve) => {
          if (socket.readyState === socket.CLOSED) return resolve();
          socket.once("close", () => resolve());
          if (socket.readyState === socket.OPEN) socket.close(1001, "fake Slack closing");
        }),
    );
    const cut = setTimeout(() => {
      for (const socket of this.#wss.clients) socket.terminate();
    }, CLOSE_HANDSHAKE_MS);
    await Promise.all(closed);
    clearTimeout(cut);
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #openSockets(): WebSocket[] {
    return [...this.#wss.clients].filter((socket) => socket.readyState === socket.OPEN);
  }

  #onConnection(socket: WebSocket): void {
    socket.on("message", (data) => this.#onMessage(data));
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: this.connectionCount,
        debug_info: { host: "applink-fake", build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.#appId },
      }),
    );
    const waiters = this.#connectionWaiters;
    this.#connectionWaiters = [];
    for (const waiter of waiters) waiter();
  }

  #onMessage(data: RawData): void {
    const ack = parseAck(data);
    if (ack === undefined) return;
    this.acks.push(ack);
    const pending = this.#pending.get(ack.envelope_id);
    if (pending === undefined) return;
    this.#pending.delete(ack.envelope_id);
    clearTimeout(pending.timer);
    pending.resolve(ack);
  }
}
