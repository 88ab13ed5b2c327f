/** Paths of the live meeting's pages, under `/meetings/:id/live`. */
export function livePath(meetingId: string, step?: 'attendance' | 'action-review' | 'close' | 'items', itemId?: string): string {
  const base = `/meetings/${meetingId}/live`;
  if (!step) return base;
  return step === 'items' ? `${base}/items/${itemId ?? ''}` : `${base}/${step}`;
}
