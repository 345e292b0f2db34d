/** Time, chance and ids come from outside so tests can pin them (see ts-fsrs: time is passed in). */
export type Clock = { now(): Date };
export type Random = { next(): number };
export type IdSource = { next(): string };

export const systemClock: Clock = { now: () => new Date() };
export const systemRandom: Random = { next: () => Math.random() };

/** Short, url- and key-safe random ids. */
export function randomIds(random: Random = systemRandom, length = 10): IdSource {
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
  return {
    next: () => {
      let id = "";
      for (let i = 0; i < length; i++) id += alphabet[Math.floor(random.next() * alphabet.length)];
      return id;
    },
  };
}

/** A structured logger (pino in production); `child` adds context such as the tenant. */
export type Logger = {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
};

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child: () => silentLogger,
};
