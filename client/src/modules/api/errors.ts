import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export const API_ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'THROTTLED', 'SERVICE_UNAVAILABLE'] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export type ErrorKind = ApiErrorCode | 'NETWORK' | 'UNKNOWN';

export interface DescribedError {
  kind: ErrorKind;
  /** The server's human message, when it sent one worth showing. */
  serverMessage: string | null;
  fields: Record<string, string>;
  /** Fields the server refused with a stable code, for wording in the reader's language. */
  fieldCodes: Record<string, FieldCode>;
  /** A stable reason beside the code (e.g. ACCOUNT_EXISTS, INVITATION_EXPIRED), when the server gave one. */
  reason: string | null;
}

/** A field refused for a known reason, e.g. PASSWORD_TOO_WEAK with zxcvbn's warning and suggestion keys. */
export interface FieldCode {
  code: string;
  warning: string | null;
  suggestions: string[];
}

interface FieldError {
  field: string;
  message: string;
  code?: unknown;
  warning?: unknown;
  suggestions?: unknown;
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && typeof (value as FieldError).field === 'string' && typeof (value as FieldError).message === 'string';
}

// The API may name fields by their argument path ("input.roles.0.title"); forms name them from the input down.
function fieldName(path: string): string {
  return path.replace(/^input\./, '');
}

function looksLikeMachineText(message: string): boolean {
  const trimmed = message.trim();
  return trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('<');
}

export function describeError(error: unknown): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors.find((e) => isApiErrorCode(e.extensions?.code)) ?? error.errors[0];
    const code = first?.extensions?.code;
    const fields: Record<string, string> = {};
    const fieldCodes: Record<string, FieldCode> = {};
    for (const graphQLError of error.errors) {
      const raw = graphQLError.extensions?.fields;
      if (!Array.isArray(raw)) continue;
      for (const item of raw) {
        if (!isFieldError(item)) continue;
        fields[fieldName(item.field)] = item.message;
        if (typeof item.code === 'string') {
          fieldCodes[fieldName(item.field)] = {
            code: item.code,
            warning: typeof item.warning === 'string' ? item.warning : null,
            suggestions: Array.isArray(item.suggestions) ? item.suggestions.filter((s): s is string => typeof s === 'string') : [],
          };
        }
      }
    }
    const message = first?.message ?? '';
    const reason = first?.extensions?.reason;
    return {
      kind: isApiErrorCode(code) ? code : 'UNKNOWN',
      serverMessage: message && !looksLikeMachineText(message) ? message : null,
      fields,
      fieldCodes,
      reason: typeof reason === 'string' ? reason : null,
    };
  }
  if (ServerError.is(error)) {
    const kind: ErrorKind = error.statusCode === 401 ? 'UNAUTHENTICATED' : error.statusCode === 429 ? 'THROTTLED' : error.statusCode === 503 ? 'SERVICE_UNAVAILABLE' : 'UNKNOWN';
    return { kind, serverMessage: null, fields: {}, fieldCodes: {}, reason: null };
  }
  if (ServerParseError.is(error)) return { kind: 'UNKNOWN', serverMessage: null, fields: {}, fieldCodes: {}, reason: null };
  if (error instanceof TypeError) return { kind: 'NETWORK', serverMessage: null, fields: {}, fieldCodes: {}, reason: null };
  return { kind: 'UNKNOWN', serverMessage: null, fields: {}, fieldCodes: {}, reason: null };
}

export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}
