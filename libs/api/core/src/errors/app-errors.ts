import { ErrorCode } from '@mace/shared-domain';
import { GraphQLError } from 'graphql';

/** Errors with a stable `extensions.code`; anything else reaching the client becomes INTERNAL_SERVER_ERROR. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** Also the answer for records outside the caller's scope, so they cannot be told apart from missing ones. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message = 'Someone else changed this record after you opened it. Reload it and make your change again') {
    super(ErrorCode.CONFLICT, message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message: string) {
    super(ErrorCode.TOO_MANY_REQUESTS, message);
  }
}

/** `fields` maps a field (`email`, or a nested path such as `filter.agencyId`) to the message to show beside it. */
export class BadUserInputError extends AppError {
  constructor(fields: Record<string, string>, message = 'There is a problem with the information you entered') {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }
}
