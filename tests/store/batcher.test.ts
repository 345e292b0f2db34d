import { describe, expect, it } from "vitest";
import { Batcher } from "../../src/store/batcher.ts";

/** A batcher whose calls the test answers by hand, recording what each call was asked. */
function handAnswered() {
  const calls: { requests: ReadonlyMap<string, string>; answer(): void; fail(): void }[] = [];
  const batcher = new Batcher<string, string, string>(
    (requests) =>
      new Promise((resolve, reject) =>
        calls.push({
          requests,
          answer: () => resolve(new Map([...requests].map(([key, value]) => [key, `${value}!`]))),
          fail: () => reject(new Error("down")),
        }),
      ),
  );
  return { batcher, calls };
}
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe("batcher", () => {
  it("GIVEN requests made together THEN one call serves them all; requests made while it runs go in the next", async () => {
    const { batcher, calls } = handAnswered();
    const first = [batcher.add("a", "1"), batcher.add("b", "2")];
    await settled();
    const later = batcher.add("c", "3");
    await settled();
    expect(calls.map((call) => [...call.requests.keys()])).toEqual([["a", "b"]]);
    calls[0]?.answer();
    expect(await Promise.all(first)).toEqual(["1!", "2!"]);
    await settled();
    expect(calls.map((call) => [...call.requests.keys()])).toEqual([["a", "b"], ["c"]]);
    calls[1]?.answer();
    expect(await later).toBe("3!");
  });

  it("GIVEN one key asked twice before its call THEN both share the call, with the later request", async () => {
    const { batcher, calls } = handAnswered();
    const both = [batcher.add("a", "old"), batcher.add("a", "new")];
    await settled();
    expect([...(calls[0]?.requests ?? [])]).toEqual([["a", "new"]]);
    calls[0]?.answer();
    expect(await Promise.all(both)).toEqual(["new!", "new!"]);
  });

  it("GIVEN a call that fails THEN its requests are rejected and the next call still runs", async () => {
    const { batcher, calls } = handAnswered();
    const failing = batcher.add("a", "1");
    await settled();
    const next = batcher.add("b", "2");
    calls[0]?.fail();
    await expect(failing).rejects.toThrow("down");
    await settled();
    calls[1]?.answer();
    expect(await next).toBe("2!");
  });

  it("GIVEN a call that says nothing of a key THEN its request settles with undefined", async () => {
    const batcher = new Batcher<string, true, string>(async () => new Map([["a", "found"]]));
    expect(await Promise.all([batcher.add("a", true), batcher.add("b", true)])).toEqual([
      "found",
      undefined,
    ]);
  });
});
