import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { ErrorCode } from '@mace/shared-domain';

/** Refuse documents with more than `max` aliased fields: aliases multiply the work of one request. */
export function aliasLimitRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    let count = 0;
    return {
      Field(node) {
        if (!node.alias) return;
        count += 1;
        if (count === max + 1) {
          context.reportError(
            new GraphQLError(`This request uses more than ${max} aliases`, {
              nodes: [node],
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            }),
          );
        }
      },
    };
  };
}
