/** The GOV.UK error message under a label or legend; `id` is what the control's aria-describedby names. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

/** Space-separated ids for aria-describedby, or undefined when there are none. */
export function describedBy(...ids: (string | undefined | false)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
