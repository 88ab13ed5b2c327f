import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ErrorCode } from '@mace/shared-domain';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

/**
 * The document endpoints answer with the HTTP status of the error GraphQL would give (the session
 * guard and the services throw the same errors for both), as { code, message }. Anything else is a
 * bare 500: no stack, SQL or path reaches the client.
 */
@Catch()
export class DocumentErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('MeetingDocuments');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const code = exception instanceof GraphQLError ? String(exception.extensions?.['code'] ?? '') : '';
    const status = STATUS[code];
    if (status) {
      res.status(status).json({ code, message: exception instanceof Error ? exception.message : code });
      return;
    }
    if (exception instanceof HttpException) {
      res.status(exception.getStatus()).json({ code: ErrorCode.BAD_USER_INPUT, message: exception.message });
      return;
    }
    this.logger.error(`document request failed: ${exception instanceof Error ? exception.name : typeof exception}`);
    res.status(500).json({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong' });
  }
}
