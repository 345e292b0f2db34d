// response_url webhooks: minted per command or interaction, each good for a few posts.

export const RESPONSE_URL_PREFIX = "/commands/";

/** Slack lets an app use one response_url five times; the sixth gets `used_url`. */
const USES_ALLOWED = 5;

export type ResponseUrlVerdict = "ok" | "invalid_url" | "used_url";

export class ResponseUrls {
  readonly #uses = new Map<string, number>();
  #seq = 0;

  /** A new path, shaped like Slack's `/commands/T…/1234/abcd`. */
  mint(teamId: string): string {
    this.#seq += 1;
    const path = `${RESPONSE_URL_PREFIX}${teamId}/${this.#seq}/fake${this.#seq}`;
    this.#uses.set(path, 0);
    return path;
  }

  /** Counts one post to `path` and says how Slack would answer it. */
  use(path: string): ResponseUrlVerdict {
    const uses = this.#uses.get(path);
    if (uses === undefined) return "invalid_url";
    if (uses >= USES_ALLOWED) return "used_url";
    this.#uses.set(path, uses + 1);
    return "ok";
  }
}
