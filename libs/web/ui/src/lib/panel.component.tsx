import type { ReactNode } from 'react';

export interface PanelProps {
  title: string;
  children?: ReactNode;
}

/** GOV.UK confirmation panel; its title is the page's heading. */
export function Panel({ title, children }: PanelProps) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">{title}</h1>
      {children && <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}
