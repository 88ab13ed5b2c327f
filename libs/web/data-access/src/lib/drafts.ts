/**
 * Unsent forms are kept in sessionStorage under this prefix so a reload loses nothing. They hold
 * case information, so they are forgotten whenever the session ends.
 */
export const DRAFT_KEY_PREFIX = 'mace:draft:';

export function forgetDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(DRAFT_KEY_PREFIX)) sessionStorage.removeItem(key);
    }
  } catch {
    // Storage disabled by the browser: there is nothing kept to forget.
  }
}
