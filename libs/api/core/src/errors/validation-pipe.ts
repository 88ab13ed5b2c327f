import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError } from './app-errors';

function collect(errors: ValidationError[], prefix: string, into: Record<string, string>): Record<string, string> {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    // Decorators run bottom-up, so the constraints arrive in reverse of the order they are written.
    // Show the message of the top-most failing one: an empty e-mail reads "Enter an email address",
    // not the format message of the decorator below it.
    const messages = Object.values(error.constraints ?? {});
    const message = messages[messages.length - 1];
    if (message && !into[path]) into[path] = message;
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

/** class-validator failures become BAD_USER_INPUT with one message per field, before any write starts. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => new BadUserInputError(collect(errors, '', {})),
  });
}
