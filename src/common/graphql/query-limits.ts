import { ApolloDriverConfig } from '@nestjs/apollo';
import depthLimit from 'graphql-depth-limit';
import { ASTVisitor, FieldNode, GraphQLError, GraphQLSchema, ValidationContext } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from '../errors/app-error';

export const MAX_DEPTH = 10;
export const MAX_ALIASES = 30;
export const MAX_COST = 5000;

/** Refuses documents with more aliases than any screen needs: a cheap amplification guard. */
function aliasLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node: FieldNode) {
        if (node.alias && ++count === max + 1) {
          context.reportError(new GraphQLError(`The query uses more than ${max} aliases.`, { nodes: [node] }));
        }
      },
    };
  };
}

export const validationRules = [depthLimit(MAX_DEPTH), aliasLimit(MAX_ALIASES)];

// A list field costs its page size times its children, so `first: 100` nested twice is expensive.
function pageSizeEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number | void {
  const first = typeof args.first === 'number' ? args.first : undefined;
  if (first !== undefined) return 1 + first * Math.max(childComplexity, 1);
}

// Typed through the driver config: @apollo/server ships separate ESM and CJS declarations.
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export function costLimitPlugin(getSchema: () => GraphQLSchema): ApolloPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema: getSchema(),
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > MAX_COST) {
            // The http status tells Apollo this is the client's mistake (400), not a server failure (500).
            throw new AppError(ErrorCode.BAD_USER_INPUT, `The query is too expensive (cost ${cost}, limit ${MAX_COST}). Ask for fewer items or fewer nested lists.`, {
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}
