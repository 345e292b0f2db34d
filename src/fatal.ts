import type { Logger } from "./core/ports.ts";

/**
 * A throw nothing caught (inside a library's event handler, a promise nobody awaited) leaves the
 * process in a state nobody planned for, so it still ends, with code 1 for its supervisor to
 * restart it; but as one JSON line through the app's logger, whose serializer leaves out request
 * bodies and tokens, instead of Node's bare stack trace among the JSON lines.
 */
export function exitOnUncaught(log: Logger, exit: (code: number) => void = process.exit): void {
  process.on("uncaughtException", (error, origin) => {
    log.error({ err: error, origin }, "uncaught error; exiting");
    exit(1);
  });
}
