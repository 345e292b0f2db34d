// The Skillbot Slack app as Slack sees it: the real Bolt app on a free 127.0.0.1 port, fed
// signed requests, talking to the fake Slack Web API. Each test gets its own store and fake.
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack/index.ts";
import { type Booted, bootCore } from "../../src/boot.ts";
import { type Config, readConfig } from "../../src/config.ts";
import { Bot } from "../../src/core/bot.ts";
import type { IncomingEvent } from "../../src/core/events.ts";
import { type Logger, silentLogger } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import {
  type ButtonPressOptions,
  buttonPress,
  FAKE_BOT,
  FAKE_USER,
  type FakeSlack,
  type FakeSlackOptions,
  interactionDelivery,
  RESPONSE_URL,
  type RecordedCall,
  type SlackDelivery,
  signSlackRequest,
  slashCommand,
  slashCommandDelivery,
  startFakeSlack,
} from "../fakes/slack/index.ts";
import { FakeClock, seededRandom } from "../helpers/core.ts";

export const SIGNING_SECRET = "test-signing-secret";

export type HarnessOptions = {
  env?: Record<string, string>;
  fake?: FakeSlackOptions;
  store?: RecordStore;
  log?: Logger;
  /** Start the adapter (default); false to test start-up itself. */
  start?: boolean;
  /** A short Web API timeout, for a fake Slack that hangs. */
  apiTimeoutMs?: number;
};

export type SignedPost = {
  secret?: string;
  timestamp?: number;
  retryNum?: number;
};

/** The real bot, keeping every event the adapter hands it. */
class RecordingBot extends Bot {
  readonly events: IncomingEvent[] = [];
  override handle(event: IncomingEvent): Promise<Reply> {
    this.events.push(event);
    return super.handle(event);
  }
}

export type SlackHarness = {
  fake: FakeSlack;
  /** Every neutral event the adapter produced, in order. */
  events: IncomingEvent[];
  adapter: SlackAdapter;
  booted: Booted;
  config: Config;
  clock: FakeClock;
  /** Every back-off the adapter asked for, in ms; nothing waits on the wall clock. */
  sleeps: number[];
  /** `http://127.0.0.1:PORT` of the app. */
  origin(): string;
  post(delivery: SlackDelivery, options?: SignedPost): Promise<Response>;
  /** `/skills <text>` from a person; resolves once the app has acknowledged it. */
  slash(
    text: string,
    options?: { user?: string; channel?: string; team?: string; enterprise?: string },
  ): Promise<{ ack: Response; responseUrl: string; triggerId: string }>;
  /** A click on a button the app sent (a message button by default). */
  press(options: ButtonPressOptions): Promise<{ ack: Response; responseUrl: string | undefined }>;
  /** The app's next answer at a response_url. */
  answerAt(url: string): Promise<RecordedCall>;
  close(): Promise<void>;
};

export async function openSlack(options: HarnessOptions = {}): Promise<SlackHarness> {
  const fake = await startFakeSlack(options.fake);
  const read = readConfig({
    STORE_URL: "memory://",
    PORT: "0",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: FAKE_BOT.token,
    SLACK_API_URL: fake.apiUrl,
    ...options.env,
  });
  if (!read.ok) throw new Error(read.errors.join("; "));
  const config = read.config;
  const clock = new FakeClock();
  const log = options.log ?? silentLogger;
  const booted = await bootCore({
    config,
    log,
    clock,
    random: seededRandom(7),
    store: options.store ?? (await openStore("memory://", silentLogger)),
  });
  const sleeps: number[] = [];
  const bot = new RecordingBot(booted.core);
  const adapter = createSlackAdapter(
    { bot, core: booted.core, config, store: booted.store, log },
    {
      host: "127.0.0.1",
      clock,
      sleep: async (ms) => void sleeps.push(ms),
      ...(options.apiTimeoutMs ? { apiTimeoutMs: options.apiTimeoutMs } : {}),
    },
  );
  if (options.start !== false) await adapter.start();
  const origin = () => `http://127.0.0.1:${adapter.port()}`;
  const post = (delivery: SlackDelivery, signed: SignedPost = {}) =>
    fetch(`${origin()}/slack/events`, {
      method: "POST",
      headers: {
        "Content-Type": delivery.contentType,
        ...signSlackRequest(
          signed.secret ?? SIGNING_SECRET,
          delivery.body,
          signed.timestamp ?? Math.floor(Date.now() / 1000),
        ),
        ...(signed.retryNum === undefined
          ? {}
          : {
              "X-Slack-Retry-Num": String(signed.retryNum),
              "X-Slack-Retry-Reason": "http_timeout",
            }),
      },
      body: delivery.body,
    });
  return {
    fake,
    events: bot.events,
    adapter,
    booted,
    config,
    clock,
    sleeps,
    origin,
    post,
    async slash(text, who = {}) {
      const responseUrl = fake.responseUrl();
      const command = {
        ...slashCommand({
          text,
          responseUrl,
          ...(who.user ? { userId: who.user, userName: who.user } : {}),
          ...(who.channel ? { channelId: who.channel } : {}),
        }),
        ...(who.team ? { team_id: who.team } : {}),
        ...(who.enterprise ? { enterprise_id: who.enterprise } : {}),
      };
      const ack = await post(slashCommandDelivery(command));
      return { ack, responseUrl, triggerId: command.trigger_id };
    },
    async press(pressOptions) {
      const responseUrl = pressOptions.view ? undefined : fake.responseUrl();
      const ack = await post(
        interactionDelivery(
          buttonPress({ ...(responseUrl ? { responseUrl } : {}), ...pressOptions }),
        ),
      );
      return { ack, responseUrl };
    },
    answerAt: (url) => fake.nextCall(RESPONSE_URL, (c) => c.url === url),
    async close() {
      await adapter.stop();
      await fake.close();
      await booted.close();
    },
  };
}

export { FAKE_USER };
