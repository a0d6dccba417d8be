/**
 * Polls until `ready` holds, or fails with what was awaited once the deadline
 * passes, or as soon as `gaveUp` says waiting is pointless (a child process
 * that already exited).
 */
export async function waitUntil(
  ready: () => boolean,
  { what, timeoutMs, gaveUp = () => undefined }: { what: string; timeoutMs: number; gaveUp?: () => string | undefined },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    const reason = gaveUp();
    if (reason !== undefined) throw new Error(`stopped waiting for ${what}: ${reason}`);
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((wait) => setTimeout(wait, 20));
  }
}
