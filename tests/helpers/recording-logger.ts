import type { Logger } from "../../src/core/ports.ts";

export type LogEntry = {
  level: "debug" | "info" | "warn" | "error";
  msg: string;
  obj: Record<string, unknown>;
};

/** A logger that keeps every line, so a test can assert "logged, not thrown" and wait for a line. */
export type RecordingLogger = Logger & {
  entries: LogEntry[];
  /** Resolves once `times` lines (counting earlier ones) match. */
  waitFor(match: (entry: LogEntry) => boolean, times?: number): Promise<LogEntry[]>;
};

export function recordingLogger(): RecordingLogger {
  const entries: LogEntry[] = [];
  const waiters = new Set<() => void>();
  const make = (bindings: Record<string, unknown>): Logger => {
    const write = (level: LogEntry["level"]) => (obj: object, msg?: string) => {
      entries.push({ level, msg: msg ?? "", obj: { ...bindings, ...obj } });
      for (const check of [...waiters]) check();
    };
    return {
      debug: write("debug"),
      info: write("info"),
      warn: write("warn"),
      error: write("error"),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return {
    ...make({}),
    entries,
    waitFor(match, times = 1) {
      return new Promise((resolve) => {
        const check = () => {
          const matching = entries.filter(match);
          if (matching.length < times) return;
          waiters.delete(check);
          resolve(matching);
        };
        waiters.add(check);
        check();
      });
    },
  };
}
