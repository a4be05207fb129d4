import { ApolloDriverConfig } from '@nestjs/apollo';
import { DocumentNode, Kind, OperationTypeNode, visit } from 'graphql';

import { AppError, ErrorCode } from '../errors/app-error';

// Typed through the driver config: @apollo/server ships separate ESM and CJS declarations.
export type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** A client mistake found before execution; the http status tells Apollo to answer 400, not 500. */
export const refuse = (message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { http: { status: 400 } });

// NUL cannot be stored in PostgreSQL text; a lone surrogate is not text at all (it would be stored as U+FFFD).
// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isStorableText = (value: string) => !UNSTORABLE.test(value);

// Iterative: variables arrive as JSON of any depth, and a recursive walk would overflow the stack.
function variablesHoldUnstorableText(variables: Record<string, unknown>): boolean {
  const pending: unknown[] = [variables];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (!isStorableText(value)) return true;
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!isStorableText(key)) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

// Apollo keeps one parsed document per query text, so each is walked once, not on every request.
const checkedDocuments = new WeakMap<DocumentNode, boolean>();

function documentHoldsUnstorableText(document: DocumentNode): boolean {
  let known = checkedDocuments.get(document);
  if (known === undefined) {
    known = findUnstorableText(document);
    checkedDocuments.set(document, known);
  }
  return known;
}

function findUnstorableText(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (!isStorableText(node.value)) found = true;
    },
  });
  return found;
}

/**
 * Refuses, before anything runs, requests that would otherwise fail deep inside as server
 * errors: subscriptions sent over HTTP (they need a WebSocket) and text the database cannot hold.
 */
export function requestGuardsPlugin(): ApolloPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
            throw refuse('Subscriptions run over a WebSocket (graphql-ws) at /graphql, not over HTTP.');
          }
          if (variablesHoldUnstorableText(request.variables ?? {}) || documentHoldsUnstorableText(document)) {
            throw refuse('Text must not contain NUL characters or unpaired UTF-16 surrogates.');
          }
        },
      };
    },
  };
}
