import { expect, it } from "vitest";
import { WorkQueue } from "../../adapters/slack/work-queue.ts";

/** Lets the event loop turn until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !done(); turn++)
    await new Promise((resolve) => setImmediate(resolve));
  if (!done()) throw new Error("condition never held");
}

it("GIVEN 40 jobs and room for 16 THEN never more than 16 run at once, all finish, and a failure frees its slot", async () => {
  const queue = new WorkQueue(16);
  let running = 0;
  let most = 0;
  const gates = new Map<number, () => void>();
  const jobs = Array.from({ length: 40 }, (_, i) =>
    queue.run(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => gates.set(i, resolve));
      running -= 1;
      if (i % 10 === 0) throw new Error(`job ${i} failed`);
      return i;
    }),
  );
  const settled = Promise.allSettled(jobs);
  await until(() => gates.size === 16);
  expect(running).toBe(16);
  for (let released = 0; released < 40; ) {
    await until(() => gates.size > 0);
    for (const [i, open] of gates) {
      gates.delete(i);
      open();
      released += 1;
    }
  }
  const results = await settled;
  expect(most).toBe(16);
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(36);
});
