// The fake gateway: a WebSocket server speaking Discord's JSON gateway protocol (no compression).
// HELLO on connect, READY + GUILD_CREATEs after IDENTIFY, heartbeat ACKs, RESUME with replay of
// missed events, and `dispatch` for the events a test sends. Each session numbers its dispatches.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIUnavailableGuild, GatewayReadyDispatchData } from "discord.js";
import { WebSocket, WebSocketServer } from "ws";
import { asSeenWith, isDelivered } from "./intents.ts";
import { createWaitableLog, type WaitOptions } from "./log.ts";
import { guildCreatePayload } from "./objects.ts";
import type { World } from "./world.ts";

export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

export const GatewayClose = {
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidApiVersion: 4012,
  InvalidIntents: 4013,
} as const;

/** A frame the client sent. */
export interface ClientFrame {
  op: number;
  d: unknown;
}

interface ServerFrame {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

export interface IdentifyData {
  token: string;
  intents: number;
  properties: { os: string; browser: string; device: string };
  shard?: [number, number];
  compress?: boolean;
  large_threshold?: number;
  presence?: unknown;
}

interface Session {
  id: string;
  intents: number;
  seq: number;
  /** Every dispatch of the session, replayed after `seq` on RESUME. */
  sent: ServerFrame[];
  socket: WebSocket | null;
  /** A client that closes with 1000/1001 ends its session: it cannot resume. */
  ended: boolean;
}

export interface FakeGateway {
  /** What `GET /gateway/bot` hands out (and READY's resume_gateway_url). */
  url: string;
  /** Resolves with the first IDENTIFY, after READY and the GUILD_CREATEs went out. */
  ready: Promise<IdentifyData>;
  /** Every frame clients sent (identify, heartbeats, resume, ...). */
  received: readonly ClientFrame[];
  /** The request path + query of each connection, e.g. `/?v=10&encoding=json`. */
  connections: readonly string[];
  nextFrame(op: number, options?: WaitOptions): Promise<ClientFrame>;
  /** Sends an event to every live session whose intents allow it; returns how many got it. */
  dispatch(event: string, data: unknown): number;
  /** Asks clients to reconnect (op 7); they come back with RESUME on resume_gateway_url. */
  requestReconnect(): void;
  /** Forgets the frames received and the dispatches kept for replay (a RESUME then replays none of them). */
  forgetHistory(): void;
  close(): Promise<void>;
}

export interface GatewayOptions {
  heartbeatIntervalMs?: number;
  /** Sees every event the test dispatches, e.g. to remember interactions for REST. */
  onDispatch?: (event: string, data: unknown) => void;
}

function parseFrame(raw: string): ClientFrame | undefined {
  try {
    const frame = JSON.parse(raw) as { op?: unknown; d?: unknown };
    return typeof frame.op === "number" ? { op: frame.op, d: frame.d } : undefined;
  } catch {
    return undefined;
  }
}

function isIdentify(data: unknown): data is IdentifyData {
  const fields = data as Partial<IdentifyData> | null;
  return typeof fields?.token === "string" && typeof fields.intents === "number";
}

export async function startFakeGateway(
  world: World,
  options: GatewayOptions = {},
): Promise<FakeGateway> {
  const heartbeatInterval = options.heartbeatIntervalMs ?? 41_250;
  const frames = createWaitableLog<ClientFrame>((frame) => `op ${frame.op}`);
  const connections: string[] = [];
  const sessions = new Map<string, Session>();
  let resolveReady: (identify: IdentifyData) => void = () => {};
  const ready = new Promise<IdentifyData>((resolve) => {
    resolveReady = resolve;
  });

  const server = createServer((_request, response) => {
    response.writeHead(426, { "content-type": "text/plain" }).end("Upgrade Required");
  });
  const wss = new WebSocketServer({ server });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const send = (socket: WebSocket | null, frame: ServerFrame) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  };

  const sendDispatch = (session: Session, event: string, data: unknown) => {
    session.seq += 1;
    const frame: ServerFrame = { op: GatewayOp.Dispatch, t: event, s: session.seq, d: data };
    session.sent.push(frame);
    send(session.socket, frame);
  };

  const identify = (socket: WebSocket, data: IdentifyData): Session => {
    const session: Session = {
      id: world.nextId(),
      intents: data.intents,
      seq: 0,
      sent: [],
      socket,
      ended: false,
    };
    sessions.set(session.id, session);
    const joinedAt = world.timestamp();
    const readyData = {
      v: 10,
      user: world.botUser,
      guilds: world.guilds.map(
        (guild): APIUnavailableGuild => ({ id: guild.id, unavailable: true }),
      ),
      session_id: session.id,
      resume_gateway_url: url,
      shard: data.shard ?? [0, 1],
      application: { id: world.application.id, flags: world.application.flags },
    } satisfies Omit<GatewayReadyDispatchData, "application"> & {
      application: { id: string; flags: number };
    };
    sendDispatch(session, "READY", readyData);
    // Guilds arrive unavailable in READY, then one GUILD_CREATE each (lazy loading).
    for (const guild of world.guilds) {
      sendDispatch(session, "GUILD_CREATE", guildCreatePayload(guild, world.botUser, joinedAt));
    }
    return session;
  };

  const resume = (socket: WebSocket, data: unknown) => {
    const fields = data as { token?: unknown; session_id?: unknown; seq?: unknown } | null;
    const session = sessions.get(String(fields?.session_id));
    const tokenOk = world.token === undefined || fields?.token === world.token;
    if (!session || session.ended || !tokenOk) {
      // Not resumable: the client must identify afresh.
      send(socket, { op: GatewayOp.InvalidSession, d: false, s: null, t: null });
      return undefined;
    }
    session.socket = socket;
    const after = typeof fields?.seq === "number" ? fields.seq : 0;
    for (const frame of session.sent) if ((frame.s ?? 0) > after) send(socket, frame);
    sendDispatch(session, "RESUMED", {});
    return session;
  };

  wss.on("connection", (socket: WebSocket, request: IncomingMessage) => {
    const target = new URL(request.url ?? "/", "http://127.0.0.1");
    connections.push(`${target.pathname}${target.search}`);
    if (target.searchParams.get("v") !== "10") {
      socket.close(GatewayClose.InvalidApiVersion, "Invalid API version");
      return;
    }
    if (target.searchParams.get("encoding") !== "json") {
      socket.close(GatewayClose.DecodeError, "Only JSON encoding is faked");
      return;
    }
    let session: Session | undefined;
    send(socket, {
      op: GatewayOp.Hello,
      d: { heartbeat_interval: heartbeatInterval },
      s: null,
      t: null,
    });

    socket.on("message", (raw) => {
      const frame = parseFrame(raw.toString());
      if (!frame) return socket.close(GatewayClose.DecodeError, "Decode error");
      frames.record(frame);
      switch (frame.op) {
        case GatewayOp.Heartbeat:
          return send(socket, { op: GatewayOp.HeartbeatAck, d: null, s: null, t: null });
        case GatewayOp.Identify: {
          if (session)
            return socket.close(GatewayClose.AlreadyAuthenticated, "Already authenticated");
          if (!isIdentify(frame.d)) return socket.close(GatewayClose.DecodeError, "Bad identify");
          if (world.token !== undefined && frame.d.token !== world.token) {
            return socket.close(GatewayClose.AuthenticationFailed, "Authentication failed");
          }
          session = identify(socket, frame.d);
          return resolveReady(frame.d);
        }
        case GatewayOp.Resume:
          session = resume(socket, frame.d);
          return;
        case GatewayOp.PresenceUpdate:
        case GatewayOp.VoiceStateUpdate:
        case GatewayOp.RequestGuildMembers:
          if (!session) socket.close(GatewayClose.NotAuthenticated, "Not authenticated");
          return;
        default:
          return socket.close(GatewayClose.UnknownOpcode, "Unknown opcode");
      }
    });

    socket.on("close", (code) => {
      if (!session || session.socket !== socket) return;
      session.socket = null;
      if (code === 1000 || code === 1001) session.ended = true;
    });
  });

  return {
    url,
    ready,
    received: frames.entries,
    connections,
    nextFrame: (op, waitOptions) =>
      frames.next((frame) => frame.op === op, `gateway op ${op}`, waitOptions),
    dispatch(event, data) {
      const live = [...sessions.values()].filter((session) => !session.ended);
      if (live.length === 0) {
        throw new Error(`Cannot dispatch ${event}: no client has identified (await fake.ready)`);
      }
      options.onDispatch?.(event, data);
      let delivered = 0;
      for (const session of live) {
        if (!isDelivered(session.intents, event, data)) continue;
        sendDispatch(session, event, asSeenWith(session.intents, event, data, world.botUser.id));
        delivered += 1;
      }
      return delivered;
    },
    requestReconnect() {
      for (const session of sessions.values()) {
        send(session.socket, { op: GatewayOp.Reconnect, d: null, s: null, t: null });
      }
    },
    forgetHistory() {
      frames.forget();
      for (const session of sessions.values()) session.sent.length = 0;
    },
    async close() {
      frames.abandon("The fake Discord gateway was closed");
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeAllConnections();
      await closed;
    },
  };
}
