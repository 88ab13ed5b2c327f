import { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-error';
import { aliasLimitRule } from './alias-limit.rule';
import { complexityPlugin } from './complexity.plugin';
import { RequestLoaders } from './request-loaders';
import { websocketOptions } from './websocket-options';

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  let schema: GraphQLSchema | undefined;
  const development = config.NODE_ENV === 'development';
  return {
    // Built in memory; tools/scripts/schema-generate.mjs writes the committed apps/api/schema.gql.
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: development,
    validationRules: [depthLimit(config.GRAPHQL_MAX_DEPTH), aliasLimitRule(config.GRAPHQL_MAX_ALIASES)],
    plugins: [complexityPlugin(() => schema as GraphQLSchema, config.GRAPHQL_MAX_COMPLEXITY)],
    transformSchema: (built: GraphQLSchema) => {
      schema = built;
      return built;
    },
    formatError: (formatted) => formatGraphQLError(formatted, development),
    // Live meeting updates: graphql-ws on the same path and server, so `npm start`, the Vite dev
    // proxy (ws: true) and a load balancer need nothing more.
    subscriptions: { 'graphql-ws': websocketOptions(config, () => schema as GraphQLSchema) },
    // HTTP requests bring `req` and `res`; a websocket subscription brings its connection, whose
    // upgrade request carries the session cookie (and has no response to write to).
    context: ({ req, res, extra }: { req?: unknown; res?: unknown; extra?: { request: unknown } }) =>
      extra ? { req: extra.request, loaders: new RequestLoaders() } : { req, res, loaders: new RequestLoaders() },
  };
}
