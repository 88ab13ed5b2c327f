import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError } from './app-errors';

function collect(errors: ValidationError[], prefix: string, into: Record<string, string>): Record<string, string> {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const first = Object.values(error.constraints ?? {})[0];
    if (first && !into[path]) into[path] = first;
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
