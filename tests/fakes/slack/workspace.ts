// The fake workspace: who the bot is, which team it lives in, which people exist.
// Payload builders default to these IDs so a built event and the fake API agree on who is who.

export interface FakeTeam {
  id: string;
  name: string;
  domain: string;
}

export interface FakeBot {
  userId: string;
  botId: string;
  appId: string;
  name: string;
  token: string;
}

/** What users.info reports about one person; every field a test leaves out has a default. */
export interface FakeUserProfile {
  name: string;
  real_name: string;
  display_name: string;
  tz: string;
  is_admin: boolean;
  is_owner: boolean;
  is_bot: boolean;
  deleted: boolean;
}

export const FAKE_TEAM: FakeTeam = {
  id: "T0FAKE0001",
  name: "Skillbot Test",
  domain: "skillbot-test",
};

export const FAKE_BOT: FakeBot = {
  userId: "U0BOT00001",
  botId: "B0BOT00001",
  appId: "A0APP00001",
  name: "skillbot",
  token: "xoxb-fake-bot-token",
};

export const FAKE_APP_TOKEN = "xapp-1-A0APP00001-fake-app-token";

/** The person who types commands and presses buttons unless a test says otherwise. */
export const FAKE_USER = { id: "U0USER0001", name: "ada" } as const;

/** The public channel commands are typed in, and FAKE_USER's DM with the bot, by default. */
export const FAKE_CHANNEL = { id: "C0CHAN0001", name: "general" } as const;
export const FAKE_DM_CHANNEL = "D0USERDM01";

/** Slack's legacy verification token, still sent in every payload (Bolt ignores it). */
export const FAKE_VERIFICATION_TOKEN = "fake-verification-token";

export function userProfile(id: string, partial: Partial<FakeUserProfile>): FakeUserProfile {
  const name = partial.name ?? id.toLowerCase();
  const realName = partial.real_name ?? name;
  return {
    name,
    real_name: realName,
    display_name: partial.display_name ?? realName,
    tz: partial.tz ?? "Europe/Berlin",
    is_admin: partial.is_admin ?? false,
    is_owner: partial.is_owner ?? false,
    is_bot: partial.is_bot ?? false,
    deleted: partial.deleted ?? false,
  };
}

/** Mutable state behind the fake API: people, DM channels, and the counters that make IDs unique. */
export class FakeWorkspace {
  readonly team: FakeTeam;
  readonly bot: FakeBot;
  readonly users = new Map<string, FakeUserProfile>();
  /** Channels the bot was never invited to; every other channel has the bot as a member. */
  readonly channelsWithoutBot = new Set<string>();
  readonly #dmChannels = new Map<string, string>();
  readonly #viewsByExternalId = new Map<string, string>();
  readonly #now: () => number;
  #tsSeq = 0;
  #viewSeq = 0;

  constructor(team: FakeTeam, bot: FakeBot, now: () => number) {
    this.team = team;
    this.bot = bot;
    this.#now = now;
    this.users.set(FAKE_USER.id, userProfile(FAKE_USER.id, { name: FAKE_USER.name }));
    this.users.set(bot.userId, userProfile(bot.userId, { name: bot.name, is_bot: true }));
  }

  setUser(id: string, partial: Partial<FakeUserProfile>): void {
    this.users.set(id, userProfile(id, { ...this.users.get(id), ...partial }));
  }

  now(): number {
    return this.#now();
  }

  /** A message ts: clock seconds plus a per-server sequence, so two posts never share one. */
  nextTs(): string {
    this.#tsSeq += 1;
    return `${Math.floor(this.#now() / 1000)}.${String(this.#tsSeq).padStart(6, "0")}`;
  }

  /** A new view ID, remembered under the app's external_id so views.update can find it. */
  registerView(externalId: string | undefined): string {
    this.#viewSeq += 1;
    const id = `V${String(this.#viewSeq).padStart(10, "0")}`;
    if (externalId !== undefined && externalId !== "") this.#viewsByExternalId.set(externalId, id);
    return id;
  }

  viewByExternalId(externalId: string): string | undefined {
    return this.#viewsByExternalId.get(externalId);
  }

  /** The DM channel with a user: stable per user, as Slack's is. */
  dmChannelFor(userId: string): { id: string; alreadyOpen: boolean } {
    const existing = this.#dmChannels.get(userId);
    if (existing !== undefined) return { id: existing, alreadyOpen: true };
    const id = `D${String(this.#dmChannels.size + 1).padStart(10, "0")}`;
    this.#dmChannels.set(userId, id);
    return { id, alreadyOpen: false };
  }
}
