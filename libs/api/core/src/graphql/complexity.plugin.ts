import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@mace/shared-domain';
import { getVariableValues, GraphQLError, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Refuse an operation whose estimated cost exceeds `max`. Fields may declare a `complexity`
 * (e.g. lists multiply by `first`); others cost 1.
 */
export function complexityPlugin(schemaRef: () => GraphQLSchema, max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // Variables that do not fit their types (an unknown enum value, a string for an Int)
          // are refused by execution as BAD_USER_INPUT naming the field; the estimator would
          // throw a plain Error on them first, which reached the client as a 500.
          const { errors } = getVariableValues(schemaRef(), operation?.variableDefinitions ?? [], request.variables ?? {});
          if (errors?.length) return;
          const complexity = getComplexity({
            schema: schemaRef(),
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
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
