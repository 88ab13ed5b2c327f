import type { ReactNode, Ref } from 'react';

export interface MainWrapperProps {
  children: ReactNode;
  ref?: Ref<HTMLElement>;
}

/** The page's main landmark and skip-link target; focusable so navigation can move focus to it. */
export function MainWrapper({ children, ref }: MainWrapperProps) {
  return (
    <div className="govuk-width-container">
      <main
        ref={ref}
        id="main-content"
        className="govuk-main-wrapper govuk-skip-link-focused-element"
        tabIndex={-1}
      >
        {children}
      </main>
    </div>
  );
}
