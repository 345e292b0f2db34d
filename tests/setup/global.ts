// Global test setup: nothing yet; the Redis server for the store suites is started here later.
export default function setup(): void {}
