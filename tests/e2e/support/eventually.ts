/**
 * Polls `probe` until it stops throwing (an `expect` inside it), for effects that cross subgraphs
 * through the bus. Fails with the last assertion's message after `timeoutMs`.
 */
export async function eventually<T>(probe: () => Promise<T>, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
