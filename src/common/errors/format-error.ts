import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';

import { isRedisConnectionError } from '../redis/redis-errors';
import { AppError, ErrorCode } from './app-error';
import { fromDatabaseError } from './database-error';

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BAD_USER_INPUT,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.THROTTLED,
};

/** Maps anything thrown to one of Rally's error codes; never leaks SQL, constraint names or stacks. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isRedisConnectionError(error)) return AppError.unavailable();
  if (error instanceof QueryFailedError) return fromDatabaseError(error as QueryFailedError);
  if (error instanceof HttpException) {
    const code = HTTP_CODES[error.getStatus()];
    if (code) return new AppError(code, error.message);
  }
  return null;
}

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown, log: (err: unknown) => void, production: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const mapped = toAppError(original);
  if (mapped) {
    if (mapped.code === ErrorCode.INTERNAL_SERVER_ERROR) log(original);
    // `http` only tells Apollo which status to answer with; it is not for the client.
    const { http: _http, ...extensions } = mapped.extensions;
    return { message: mapped.message, path: formatted.path, extensions };
  }
  // Parse, validation and variable errors come from graphql-js itself, before any resolver ran:
  // safe to show, minus suggestions. Apollo leaves variable coercion errors without a proper code.
  const requestError = original instanceof GraphQLError && !formatted.path;
  const given = formatted.extensions?.code;
  const code = given === 'GRAPHQL_PARSE_FAILED' || given === 'GRAPHQL_VALIDATION_FAILED' ? given : requestError ? ErrorCode.BAD_USER_INPUT : given;
  if (code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === ErrorCode.BAD_USER_INPUT) {
    const message = production ? formatted.message.replace(/ Did you mean .*$/, '') : formatted.message;
    return { message, locations: formatted.locations, extensions: { code } };
  }
  log(original);
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
