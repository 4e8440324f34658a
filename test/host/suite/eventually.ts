/**
 * Host tests wait for the extension, never for a fixed time: `eventually` re-runs a check after every idle point
 * (`settle`, e.g. the goals API's `whenIdle`) until it passes, and throws its last assertion after the timeout.
 */
export async function eventually(settle: () => Promise<void>, check: () => Promise<void> | void, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await settle();
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
