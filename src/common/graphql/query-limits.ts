import { Extensions } from '@nestjs/graphql';
import {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  ValidationContext,
  valueFromASTUntyped,
} from 'graphql';

import { ApolloPlugin, refuse } from './request-guards';

export const MAX_DEPTH = 10;
export const MAX_ALIASES = 30;
export const MAX_COST = 100_000;
/** The largest page `first` allows; what a paginated field costs when its page size is unknown. */
export const MAX_PAGE_SIZE = 100;

const LIST_SIZE = 'listSize';

/**
 * Declares how many items a list field can return at most, so the cost of a query multiplies
 * through it. `'page'` is for a connection's nodes: the paginated field's `first` counts them.
 * The resolver must honour a number (see `capList`); a schema test fails on a list without one.
 */
export const ListSize = (max: number | 'page') => Extensions({ [LIST_SIZE]: max });

export function declaredListSize(field: GraphQLField<unknown, unknown>): number | 'page' | undefined {
  return field.extensions?.[LIST_SIZE] as number | 'page' | undefined;
}

/** Keeps a list to its declared maximum: the cost limit is only honest if the resolver agrees. */
export function capList<T>(items: T[], max: number): T[] {
  return items.length > max ? items.slice(0, max) : items;
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

const ZERO: Measure = { depth: 0, aliases: 0, cost: 0 };

/**
 * Measures an operation in time linear in the document: each fragment is measured once and
 * its figures reused at every spread, so a fragment spread twice per level for 60 levels costs
 * 60 steps, not 2^60. A fragment cycle (already a validation error) counts as empty.
 */
class OperationMeter {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, Measure>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly pageSize: (field: FieldNode, def: GraphQLField<unknown, unknown>) => number,
  ) {
    for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(def.name.value, def);
  }

  operation(op: OperationDefinitionNode): Measure {
    const root =
      op.operation === OperationTypeNode.QUERY
        ? this.schema.getQueryType()
        : op.operation === OperationTypeNode.MUTATION
          ? this.schema.getMutationType()
          : this.schema.getSubscriptionType();
    return root ? this.selectionSet(op.selectionSet, root) : ZERO;
  }

  private selectionSet(set: SelectionSetNode, type: GraphQLNamedType): Measure {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    for (const selection of set.selections) {
      const m =
        selection.kind === Kind.FIELD
          ? this.field(selection, type)
          : selection.kind === Kind.FRAGMENT_SPREAD
            ? this.fragment(selection.name.value)
            : this.selectionSet(selection.selectionSet, (selection.typeCondition && this.schema.getType(selection.typeCondition.name.value)) || type);
      depth = Math.max(depth, m.depth);
      aliases += m.aliases;
      cost += m.cost;
    }
    return { depth, aliases, cost };
  }

  private fragment(name: string): Measure {
    const known = this.measured.get(name);
    if (known) return known;
    const def = this.fragments.get(name);
    if (!def || this.inProgress.has(name)) return ZERO;
    this.inProgress.add(name);
    const type = this.schema.getType(def.typeCondition.name.value);
    const m = type ? this.selectionSet(def.selectionSet, type) : ZERO;
    this.inProgress.delete(name);
    this.measured.set(name, m);
    return m;
  }

  private field(node: FieldNode, parent: GraphQLNamedType): Measure {
    const alias = node.alias ? 1 : 0;
    const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!def || !node.selectionSet || !isCompositeType(getNamedType(def.type))) return { depth: 1, aliases: alias, cost: 1 };
    const child = this.selectionSet(node.selectionSet, getNamedType(def.type));
    return { depth: 1 + child.depth, aliases: alias + child.aliases, cost: 1 + this.size(node, def) * child.cost };
  }

  private size(node: FieldNode, def: GraphQLField<unknown, unknown>): number {
    if (def.args.some((a) => a.name === 'first')) return this.pageSize(node, def);
    if (!isListType(getNullableType(def.type))) return 1;
    const declared = declaredListSize(def);
    // Undeclared lists are caught by a schema test; until then they count as a full page.
    return declared === 'page' ? 1 : (declared ?? MAX_PAGE_SIZE);
  }
}

function pageSizeFrom(variables: Record<string, unknown>, op: OperationDefinitionNode) {
  const defaults = new Map(op.variableDefinitions?.map((v) => [v.variable.name.value, v.defaultValue ? valueFromASTUntyped(v.defaultValue) : undefined]));
  return (node: FieldNode, def: GraphQLField<unknown, unknown>): number => {
    const arg = node.arguments?.find((a) => a.name.value === 'first');
    let value: unknown = def.args.find((a) => a.name === 'first')?.defaultValue;
    if (arg) {
      value = arg.value.kind === Kind.VARIABLE ? (variables[arg.value.name.value] ?? defaults.get(arg.value.name.value)) : valueFromASTUntyped(arg.value);
    }
    // A value the pagination rules will refuse anyway is priced as the largest page.
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PAGE_SIZE ? value : MAX_PAGE_SIZE;
  };
}

function selectedOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
}

/** Depth, aliases and cost of the operation a request runs, with its variables. */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): Measure {
  const op = selectedOperation(document, operationName);
  return op ? new OperationMeter(schema, document, pageSizeFrom(variables, op)).operation(op) : ZERO;
}

/**
 * Depth and alias limits as one validation rule (no variables needed). It runs beside
 * graphql-js's own rules, so it must tolerate what they refuse: cycles, unknown fields.
 */
function depthAndAliasLimit(context: ValidationContext): ASTVisitor {
  const document = context.getDocument();
  const meter = new OperationMeter(context.getSchema(), document, () => 1);
  return {
    OperationDefinition(op) {
      const { depth, aliases } = meter.operation(op);
      const name = op.name ? `'${op.name.value}'` : 'the operation';
      if (depth > MAX_DEPTH) context.reportError(new GraphQLError(`${name} exceeds maximum operation depth of ${MAX_DEPTH}.`, { nodes: [op] }));
      if (aliases > MAX_ALIASES) context.reportError(new GraphQLError(`The query uses more than ${MAX_ALIASES} aliases.`, { nodes: [op] }));
      return false;
    },
  };
}

export const validationRules = [depthAndAliasLimit];

/** Refuses, before anything runs, an operation whose worst-case number of resolved fields is over MAX_COST. */
export function costLimitPlugin(getSchema: () => GraphQLSchema): ApolloPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const { cost } = measureOperation(getSchema(), document, request.variables ?? {}, request.operationName);
          if (cost > MAX_COST) {
            const shown = cost < 1e12 ? String(Math.round(cost)) : 'more than a trillion';
            throw refuse(`The query is too expensive (cost ${shown}, limit ${MAX_COST}). Ask for fewer items or fewer nested lists.`);
          }
        },
      };
    },
  };
}
