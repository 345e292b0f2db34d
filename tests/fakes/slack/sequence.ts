// Unique, readable IDs for built payloads (event_id, ts, trigger_id), so a bot that de-duplicates
// by event_id or ts never drops a second test event. Deterministic: the same order gives the same IDs.
let counter = 0;

export function nextSequence(): number {
  counter += 1;
  return counter;
}

/** A Slack-style message ts on a fixed epoch, unique per call. */
export function nextMessageTs(): string {
  return `1700000000.${String(nextSequence()).padStart(6, "0")}`;
}

export function nextTriggerId(): string {
  return `${nextSequence()}.1700000000.fake-trigger`;
}
