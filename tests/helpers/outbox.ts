import type { ChannelTarget } from "../../src/core/adapter.ts";
import type { Person } from "../../src/core/events.ts";
import type { Outbox } from "../../src/core/outbox.ts";
import type { Reply } from "../../src/core/reply.ts";

export type Sent =
  | { kind: "post"; target: ChannelTarget; reply: Reply; key: string; messageId: string }
  | { kind: "update"; target: ChannelTarget; messageId: string; reply: Reply }
  | { kind: "dm"; person: Person; reply: Reply };

/** An outbox that records what the core sends; `failNext` scripts an error for the next post. */
export class RecordingOutbox implements Outbox {
  readonly sent: Sent[] = [];
  #failures: { error: Error; when: (key: string) => boolean }[] = [];
  #ids = 0;

  /** The next post whose idempotency key passes `when` throws `error`. */
  failNext(error: Error, when: (key: string) => boolean = () => true): void {
    this.#failures.push({ error, when });
  }

  get posts() {
    return this.sent.filter((s): s is Extract<Sent, { kind: "post" }> => s.kind === "post");
  }

  async post(target: ChannelTarget, reply: Reply, key: string) {
    const failing = this.#failures.findIndex((f) => f.when(key));
    if (failing >= 0) throw this.#failures.splice(failing, 1)[0]?.error;
    const messageId = `m${++this.#ids}`;
    this.sent.push({ kind: "post", target, reply, key, messageId });
    return { messageId };
  }

  async update(target: ChannelTarget, messageId: string, reply: Reply) {
    this.sent.push({ kind: "update", target, messageId, reply });
  }

  async dm(person: Person, reply: Reply) {
    this.sent.push({ kind: "dm", person, reply });
  }
}
