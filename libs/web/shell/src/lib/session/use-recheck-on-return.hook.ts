import { useEffect } from 'react';

/**
 * Re-runs `recheck` when the user comes back to the tab. Sessions end after a spell of idleness,
 * so someone returning from a meeting learns straight away that they were signed out, rather than
 * when they next try to save something.
 */
export function useRecheckOnReturn(recheck: () => Promise<unknown>): void {
  useEffect(() => {
    function onVisibilityChange() {
      // A failure is handled where all failures are: an ended session by the Apollo error link.
      if (document.visibilityState === 'visible') recheck().catch(() => undefined);
    }
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => document.removeEventListener('visibilitychange', onVisibilityChange);
  }, [recheck]);
}
