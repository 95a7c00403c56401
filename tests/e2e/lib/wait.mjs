// The one delay and the one polling wait of the end-to-end tests, the demo and the benchmark.

export const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `read()` every `interval` ms until `test(value)` holds or `timeout` ms pass, and returns the last value
 * read, so the caller's assertion shows what was there instead of a bare timeout.
 */
export async function until(read, test, timeout = 15_000, interval = 100) {
  const started = Date.now();
  let value = await read();
  while (!test(value) && Date.now() - started < timeout) {
    await delay(interval);
    value = await read();
  }
  return value;
}
