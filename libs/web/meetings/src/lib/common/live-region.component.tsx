/**
 * A polite live region: screen readers say its text when it changes, after what they are saying.
 * Always in the page (empty at first), as a region added together with its text is often not read.
 */
export function LiveRegion({ text, visible = false }: { text: string; visible?: boolean }) {
  return (
    <div aria-live="polite" aria-atomic="true" className={visible ? 'govuk-body govuk-!-font-weight-bold' : 'govuk-visually-hidden'}>
      {text}
    </div>
  );
}
