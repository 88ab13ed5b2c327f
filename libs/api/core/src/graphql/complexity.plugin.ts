import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@mace/shared-domain';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Refuse an operation whose estimated cost exceeds `max`. Fields may declare a `complexity`
 * (e.g. lists multiply by `first`); others cost 1.
 */
export function complexityPlugin(schemaRef: () => GraphQLSchema, max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: schemaRef(),
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Estimating coerces the variables first, so a value the schema refuses (an unknown enum
            // value, a field the input type does not have) fails here, before Apollo's own check.
            // It is the client's mistake, and graphql's message names the variable and the field.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
          }
          if (complexity > max) {
            // Apollo answers errors thrown here with 500 unless told otherwise; this one is the client's.
            throw new GraphQLError(`This request is too complex (${complexity}, the limit is ${max})`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
