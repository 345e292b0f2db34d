import type { EventEmitter } from "node:events";

/**
 * Messages from a worker thread or a child process, taken in order by one waiting caller at a
 * time: each `next(type)` returns the next message, which must be of the expected type.
 */
export function inbox<M extends { type: string }>(source: EventEmitter) {
  const arrived: M[] = [];
  let wake: (() => void) | undefined;
  source.on("message", (message: M) => {
    arrived.push(message);
    wake?.();
  });
  return async <T extends M["type"]>(type: T): Promise<Extract<M, { type: T }>> => {
    for (;;) {
      const message = arrived.shift();
      if (message) {
        if (message.type !== type)
          throw new Error(`expected a ${type} message, got ${message.type}`);
        return message as Extract<M, { type: T }>;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };
}
