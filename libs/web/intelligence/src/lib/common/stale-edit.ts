/** What a form says when someone else changed the record after it was opened (a CONFLICT from the API). */
export const STALE_EDIT = 'Someone else changed this record while you were working on it. Reload the page to see their changes.';
