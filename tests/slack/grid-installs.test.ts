// Enterprise Grid: the org is the tenant, but each workspace that installed the app itself has
// a token of its own; messages Skillbot starts try them until one reaches the channel or person.
import { describe, expect, it } from "vitest";
import { Delivery } from "../../adapters/slack/deliver.ts";
import { StoreInstallations } from "../../adapters/slack/installation-store.ts";
import { Outbound } from "../../adapters/slack/outbound.ts";
import { SlackCalls, webClientOptions } from "../../adapters/slack/web-api.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { publicReply } from "../../src/core/reply.ts";
import { keys } from "../../src/store/keys.ts";
import { FAKE_CHANNEL, startFakeSlack } from "../fakes/slack/index.ts";
import { memoryStores } from "../helpers/store.ts";

const openStore = memoryStores();
const ORG = "E0GRID0001";
const workspace = (team: string, token: string) => ({
  team: { id: team },
  enterprise: { id: ORG },
  user: { id: "U0INSTALLER", token: undefined, scopes: undefined },
  bot: { token, scopes: ["chat:write"], id: `B${team}`, userId: `U${team}` },
  isEnterpriseInstall: false,
  authVersion: "v2" as const,
});
const uninstall = (teamId: string) => ({
  teamId,
  enterpriseId: ORG,
  isEnterpriseInstall: false as const,
});

describe("Enterprise Grid workspaces that install the app one by one", () => {
  it("GIVEN two workspaces of an org install THEN the org has both tokens; when one uninstalls only the other is left", async () => {
    const installs = new StoreInstallations(await openStore());
    await installs.storeInstallation(workspace("T0AAA", "xoxb-aaa"));
    await installs.storeInstallation(workspace("T0BBB", "xoxb-bbb"));
    await installs.storeInstallation(workspace("T0BBB", "xoxb-bbb"));
    expect(await installs.botTokens(ORG)).toEqual(["xoxb-aaa", "xoxb-bbb"]);
    expect(await installs.botTokens("T0AAA")).toEqual(["xoxb-aaa"]);

    await installs.deleteInstallation(uninstall("T0BBB"));
    expect(await installs.botTokens(ORG)).toEqual(["xoxb-aaa"]);
    await installs.deleteInstallation(uninstall("T0AAA"));
    expect(await installs.botTokens(ORG)).toEqual([]);
  });

  it("GIVEN the copy an earlier version filed under the org THEN its token is still tried, and it goes when its workspace uninstalls", async () => {
    const store = await openStore();
    const installs = new StoreInstallations(store);
    await store.set(
      keys.installation({ platform: "slack", tenant: ORG }),
      workspace("T0OLD", "xoxb-old"),
    );
    await installs.storeInstallation(workspace("T0NEW", "xoxb-new"));
    expect(await installs.botTokens(ORG)).toEqual(["xoxb-old", "xoxb-new"]);
    await installs.deleteInstallation(uninstall("T0OLD"));
    expect(await installs.botTokens(ORG)).toEqual(["xoxb-new"]);
  });

  it("GIVEN a channel of the org's second workspace THEN the daily post tries the first workspace's token, hears channel_not_found, and posts with the second's", async () => {
    const fake = await startFakeSlack();
    const calls = new SlackCalls({
      sleep: async () => {},
      log: silentLogger,
      slackApiUrl: fake.apiUrl,
    });
    const options = webClientOptions({ apiUrl: fake.apiUrl, apiTimeoutMs: 5000 }, silentLogger);
    const outbound = new Outbound({
      calls,
      delivery: new Delivery(calls, silentLogger, () => {}),
      clientOptions: options,
      tokenFor: async () => ["xoxb-aaa", "xoxb-bbb"],
    });
    fake.failNext("chat.postMessage", { error: "channel_not_found" });
    const target = { platform: "slack" as const, tenant: ORG, channel: FAKE_CHANNEL.id };
    const reply = publicReply([{ kind: "text", text: [{ text: "Today's question" }] }]);
    const { messageId } = await outbound.post(target, reply);
    expect(fake.callsTo("chat.postMessage").map((c) => c.token)).toEqual(["xoxb-aaa", "xoxb-bbb"]);
    expect(messageId).toMatch(/^\d+\.\d+$/);

    // Any other failure is the post's own: no second try, which could post twice.
    fake.failNext("chat.postMessage", { error: "msg_too_long" });
    await expect(outbound.post(target, reply)).rejects.toThrow(/msg_too_long/);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(3);
    await fake.close();
  });
});
