import type { ButtonHTMLAttributes } from 'react';
import { Link } from 'react-router';

type Variant = 'primary' | 'secondary' | 'warning';

function buttonClasses(variant: Variant): string {
  return variant === 'primary' ? 'govuk-button' : `govuk-button govuk-button--${variant}`;
}

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: Variant;
}

export function Button({ variant = 'primary', type = 'submit', children, ...buttonProps }: ButtonProps) {
  return (
    <button {...buttonProps} type={type} className={buttonClasses(variant)} data-module="govuk-button">
      {children}
    </button>
  );
}

export interface ButtonLinkProps {
  to: string;
  variant?: Variant;
  children: string;
}

/** A link that looks like a button, for a call to action that navigates (GOV.UK button as a link). */
export function ButtonLink({ to, variant = 'primary', children }: ButtonLinkProps) {
  return (
    <Link to={to} role="button" draggable={false} className={buttonClasses(variant)} data-module="govuk-button">
      {children}
    </Link>
  );
}
