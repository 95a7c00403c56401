/**
 * Gives the main thread back to the page between time slices: `scheduler.yield()` where the browser
 * has it (the continuation keeps its priority), else a MessageChannel message (no 4 ms timer clamp).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    try {
      return new Promise((resolve) => {
        scheduler.yield!().then(
          () => resolve(),
          () => resolve(),
        );
      });
    } catch {
      // fall through
    }
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
