import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import {
  BOT_SCOPES,
  EVENTS_PATH,
  INSTALL_PATHS,
  SLASH_COMMAND,
} from "../../adapters/slack/settings.ts";

const Manifest = z.object({
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.boolean() }),
    slash_commands: z.array(z.object({ command: z.string(), url: z.string() })),
  }),
  oauth_config: z.object({
    redirect_urls: z.array(z.string()),
    scopes: z.object({ bot: z.array(z.string()), user: z.array(z.string()).optional() }),
  }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.string(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string() }),
  }),
});

const manifest = Manifest.parse(
  parse(readFileSync(new URL("../../adapters/slack/manifest.yaml", import.meta.url), "utf8")),
);

describe("manifest.yaml", () => {
  it("GIVEN the manifest THEN it asks for exactly the bot scopes the code uses, and no user scopes", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
  });

  it("GIVEN the manifest THEN /skills, events and interactivity all reach the one endpoint", () => {
    const [command] = manifest.features.slash_commands;
    expect(command?.command).toBe(SLASH_COMMAND);
    for (const url of [
      command?.url,
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ])
      expect(new URL(url ?? "").pathname).toBe(EVENTS_PATH);
    expect(new URL(manifest.oauth_config.redirect_urls[0] ?? "").pathname).toBe(
      INSTALL_PATHS.redirect,
    );
  });

  it("GIVEN the manifest THEN it subscribes to the events the app answers, and the Home tab is on", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      "app_home_opened",
      "app_mention",
      "app_uninstalled",
      "message.im",
    ]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });
});
