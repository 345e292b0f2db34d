// Discord snowflakes: (ms since the Discord epoch) << 22 | worker | process | increment.
// Ids come from a counter over a fixed start time, so they are unique, increasing and the
// same on every run; discord.js only reads their timestamp for `createdAt`.

const DISCORD_EPOCH_MS = 1_420_070_400_000n;
const DEFAULT_START_MS = Date.UTC(2025, 0, 1);

export type SnowflakeFactory = () => string;

export function createSnowflakeFactory(startMs: number = DEFAULT_START_MS): SnowflakeFactory {
  const base = (BigInt(startMs) - DISCORD_EPOCH_MS) << 22n;
  let increment = 0n;
  // Past 4095 the increment spills into the timestamp bits: still unique and increasing.
  return () => {
    increment += 1n;
    return (base + increment).toString();
  };
}
