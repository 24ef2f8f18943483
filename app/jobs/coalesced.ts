/**
 * Runs `task` one at a time. A call while it runs asks for one more run after it (however many
 * calls came) and gets the promise of the runs in progress; the task handles its own errors.
 */
export function coalesced(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
}
