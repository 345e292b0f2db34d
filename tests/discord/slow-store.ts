import type { RecordStore } from "../../src/store/record-store.ts";
import { storeWith } from "../helpers/store.ts";

/**
 * A store whose reads wait until the test lets them through: a slow backend, without sleeping.
 * `holding` resolves when the first read is waiting.
 */
export function slowStore(inner: RecordStore): {
  store: RecordStore;
  release(): void;
  holding: Promise<void>;
} {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = () => {};
  const holding = new Promise<void>((resolve) => {
    held = resolve;
  });
  const store = storeWith(inner, {
    get: async (key, schema) => {
      held();
      await gate;
      return inner.get(key, schema);
    },
  });
  return { store, release, holding };
}
