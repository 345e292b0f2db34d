import type { Logger } from "../../src/core/ports.ts";

export type LogLine = { level: "debug" | "info" | "warn" | "error"; msg: string; obj: object };

/** A logger that keeps its lines, so a test can check that a failure was logged with its cause. */
export function keptLog(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const make = (bindings: object): Logger => {
    const write = (level: LogLine["level"]) => (obj: object, msg?: string) => {
      lines.push({ level, msg: msg ?? "", obj: { ...bindings, ...obj } });
    };
    return {
      debug: write("debug"),
      info: write("info"),
      warn: write("warn"),
      error: write("error"),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return Object.assign(make({}), { lines });
}
