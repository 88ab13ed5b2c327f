import type { ReactNode } from 'react';

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export interface TagProps {
  colour?: TagColour;
  children: ReactNode;
}

/** GOV.UK tag. Its colour only repeats what its text says. */
export function Tag({ colour, children }: TagProps) {
  return <strong className={colour ? `govuk-tag govuk-tag--${colour}` : 'govuk-tag'}>{children}</strong>;
}
