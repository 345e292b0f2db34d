import { describe, expect, test } from "vitest";
import { CircuitBreaker } from "../../src/explain/circuit-breaker.ts";
import { FakeClock } from "./harness.ts";

describe("circuit breaker", () => {
  test("GIVEN failures below the threshold WHEN a call succeeds THEN the count starts over", () => {
    const breaker = new CircuitBreaker({ clock: new FakeClock(), failureThreshold: 3 });
    breaker.failed();
    breaker.failed();
    breaker.succeeded();
    breaker.failed();
    breaker.failed();
    expect(breaker.state).toBe("closed");
    breaker.failed();
    expect(breaker.state).toBe("open");
    expect(breaker.allows()).toBe(false);
  });

  test("GIVEN an open breaker WHEN the cooldown passes THEN exactly one probe may go", () => {
    const clock = new FakeClock();
    const breaker = new CircuitBreaker({ clock, failureThreshold: 1, cooldownMs: 5000 });
    breaker.failed();
    clock.advance(4999);
    expect(breaker.begin()).toBe(false);
    clock.advance(1);
    expect(breaker.state).toBe("half-open");
    expect(breaker.begin()).toBe(true);
    expect(breaker.begin()).toBe(false);
    breaker.succeeded();
    expect(breaker.state).toBe("closed");
    expect(breaker.begin()).toBe(true);
  });
});
