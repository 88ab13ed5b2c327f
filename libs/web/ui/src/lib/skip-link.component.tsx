import type { MouseEvent } from 'react';

export interface SkipLinkProps {
  targetId?: string;
}

export function SkipLink({ targetId = 'main-content' }: SkipLinkProps) {
  // Focus the target ourselves: a bare fragment link would also push a history entry in the SPA.
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  return (
    <a href={`#${targetId}`} className="govuk-skip-link" data-module="govuk-skip-link" onClick={skip}>
      Skip to main content
    </a>
  );
}
