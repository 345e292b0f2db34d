import { afterEach, beforeEach, describe, expect, it } from "vitest";

/** What a person sees after one interaction, as the platform shows it, reduced to plain text. */
export type Seen = {
  text: string;
  buttons: { label: string; press(): Promise<Seen> }[];
  /** True when only the person sees it (ephemeral, DM, console). */
  private: boolean;
};

/**
 * One adapter, driven the way its users drive it (slash command, DM, console line, button
 * press) against the real bot on a fresh store. Every adapter passes the same contract, so a
 * feature behaves the same on Slack, Discord and the console.
 */
export type ContractHarness = {
  /** `text` typed where only the person gets the answer (slash command, DM, console). */
  say(user: string, text: string): Promise<Seen>;
  /**
   * `text` typed where the person's team is, for what only a team has (mentors). Where `say`
   * already is (Slack, the console) it can be left out; Discord's DMs are no team.
   */
  sayInTeam?(user: string, text: string): Promise<Seen>;
  /**
   * Every notification the platform would deliver for what the adapter sent so far (Slack
   * `<!channel>`, Discord @everyone with mentions allowed, ...). The console pings nobody.
   */
  pings(): string[];
  close(): Promise<void>;
};

export function adapterContract(name: string, open: () => Promise<ContractHarness>): void {
  describe(`adapter contract: ${name}`, () => {
    let h: ContractHarness;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(async () => {
      await h.close();
    });

    const press = async (seen: Seen, label: RegExp) => {
      const button = seen.buttons.find((b) => label.test(b.label));
      if (!button)
        throw new Error(
          `no button matching ${label} in: ${seen.buttons.map((b) => b.label).join(" | ")}`,
        );
      return button.press();
    };

    it("GIVEN a new person WHEN they ask for help THEN they see the commands", async () => {
      const seen = await h.say("u-help", "help");
      // As each platform spells them: words, or Discord's /skills subcommands.
      expect(seen.text).toMatch(/rate <skill> <0-4>|\/skills rate skill \[level\]/);
      expect(seen.text).toMatch(/mentor <skill>|\/skills mentor skill/);
    });

    it("GIVEN a rating WHEN the person looks at their profile THEN it shows the rating, privately", async () => {
      const rated = await h.say("u-rate", "rate python 3");
      expect(rated.text).toMatch(/Python/);
      expect(rated.text).toMatch(/3 \(practitioner\)/);
      const profile = await h.say("u-rate", "profile");
      expect(profile.private).toBe(true);
      expect(profile.text).toMatch(/Python/);
      expect(profile.text).toMatch(/Biggest gaps/);
    });

    it("GIVEN a skill typed with a typo WHEN rating THEN it asks first, and the button saves it", async () => {
      const asked = await h.say("u-typo", "rate pyhton 3");
      expect(asked.text).toMatch(/Did you mean Python\?/);
      const saved = await press(asked, /Python → 3/);
      expect(saved.text).toMatch(/3 \(practitioner\)/);
      expect((await h.say("u-typo", "profile")).text).toMatch(/Python/);
    });

    it("GIVEN a self-rating in plain words WHEN said THEN nothing is saved until its button is pressed", async () => {
      const asked = await h.say("u-words", "I'm pretty good at SQL");
      expect(asked.text).toMatch(/Set SQL to 3 \(practitioner\)\?/);
      expect((await h.say("u-words", "profile")).text).not.toMatch(/SQL — 3/);
      await press(asked, /Save/);
      expect((await h.say("u-words", "profile")).text).toMatch(/SQL — 3/);
    });

    it("GIVEN a track named in passing WHEN said THEN the track changes only with its Switch button", async () => {
      const asked = await h.say("u-switch", "use the mlops track as an example");
      expect(asked.text).toMatch(/Switch your track to MLOps Engineer\?/);
      expect((await h.say("u-switch", "track")).text).toMatch(/Your track: ML Engineer/);
      await press(asked, /Switch/);
      expect((await h.say("u-switch", "track")).text).toMatch(/Your track: MLOps Engineer/);
    });

    it("GIVEN a bad level or an unknown skill WHEN rating THEN a friendly correction, nothing saved", async () => {
      const badLevel = await h.say("u-bad", "rate python 7");
      expect(badLevel.text).toMatch(/isn't a level I understand/);
      const unknown = await h.say("u-bad", "rate quantum-basketweaving 2");
      expect(unknown.text).toMatch(/I don't know a skill called/);
      const profile = await h.say("u-bad", "profile");
      expect(profile.text).toMatch(/haven't rated any skills yet/);
    });

    it("GIVEN a quiz question WHEN the person answers twice THEN the first answer counts and the second is refused", async () => {
      const question = await h.say("u-quiz", "quiz sql");
      expect(question.buttons.length).toBeGreaterThanOrEqual(3);
      const first = await question.buttons[0]?.press();
      expect(first?.text).toMatch(/Correct!|Not quite/);
      const second = await question.buttons[1]?.press();
      expect(second?.text).toMatch(/already answered/);
    });

    it("GIVEN a free-text question WHEN asked THEN the answer is a learning path for it", async () => {
      const seen = await h.say("u-ask", "what should I learn for MLOps?");
      expect(seen.text).toMatch(/Next steps in MLOps Engineer/);
    });

    it("GIVEN one opted-in expert and one who did not opt in WHEN someone asks for mentors THEN only the opted-in one is shown", async () => {
      const inTeam = h.sayInTeam ?? h.say;
      await inTeam("u-mentor", "rate pytorch 4");
      await inTeam("u-mentor", "mentor on");
      await inTeam("u-quiet", "rate pytorch 4");
      const seen = await inTeam("u-asker", "mentor torch");
      expect(seen.text).toMatch(/u-mentor/);
      expect(seen.text).not.toMatch(/u-quiet/);
    });

    it("GIVEN stored ratings WHEN the person confirms forget me THEN everything is gone", async () => {
      await h.say("u-forget", "rate sql 2");
      const asked = await h.say("u-forget", "forget me");
      const done = await press(asked, /Delete my data/);
      expect(done.text).toMatch(/deleted everything/);
      const profile = await h.say("u-forget", "profile");
      expect(profile.text).toMatch(/haven't rated any skills yet/);
    });

    it("GIVEN user text with mass mentions WHEN it is echoed THEN nothing sent can ping anyone", async () => {
      await h.say("u-ping", "rate <!channel> @everyone @here <@U123> 2");
      await h.say("u-ping", "what is <!here> @everyone");
      expect(h.pings()).toEqual([]);
    });
  });
}
