import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { ErrorCode } from '@mace/shared-domain';
import { getOperationAST, GraphQLError, GraphQLSchema, parse, specifiedRules, validate, ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { ServerOptions } from 'graphql-ws';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-error';
import { aliasLimitRule } from './alias-limit.rule';

/**
 * graphql-ws on /graphql, for subscriptions only: queries and mutations stay on HTTP, where the
 * complexity limit, CSRF prevention and request logging apply. Each subscription passes the same
 * validation limits as an HTTP request and the same session guard (the socket's upgrade request
 * carries the session cookie); what leaves the server is formatted as on HTTP.
 */
export function websocketOptions(config: AppConfig, schema: () => GraphQLSchema): GraphQLWsSubscriptionsConfig {
  const development = config.NODE_ENV === 'development';
  const rules: ValidationRule[] = [...specifiedRules, depthLimit(config.GRAPHQL_MAX_DEPTH), aliasLimitRule(config.GRAPHQL_MAX_ALIASES)];
  const onSubscribe: ServerOptions['onSubscribe'] = (_ctx, _id, payload) => {
    let document;
    try {
      document = parse(payload.query);
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('The request could not be read')];
    }
    const operation = getOperationAST(document, payload.operationName);
    if (operation && operation.operation !== 'subscription') {
      return [new GraphQLError('Send queries and mutations over HTTP; this socket carries subscriptions only', { extensions: { code: ErrorCode.BAD_USER_INPUT } })];
    }
    const errors = validate(schema(), document, rules);
    if (errors.length) return errors.map((error) => new GraphQLError(error.message, { ...error, extensions: { code: error.extensions?.['code'] ?? 'GRAPHQL_VALIDATION_FAILED' } }));
    return undefined;
  };
  const onNext: ServerOptions['onNext'] = (_ctx, _id, _payload, _args, result) =>
    result.errors ? { ...result, errors: result.errors.map((error) => formatGraphQLError(error.toJSON(), development)) } : undefined;
  return { path: '/graphql', onSubscribe, onNext };
}
