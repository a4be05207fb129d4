import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  THROTTLED = 'THROTTLED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  field: string;
  /** English, for logs and old clients; clients word `code` (and its details) in the reader's language. */
  message: string;
  /** A stable reason, e.g. PASSWORD_TOO_WEAK. */
  code?: string;
  /** PASSWORD_TOO_WEAK: zxcvbn's warning key (e.g. "commonNames"), or null. */
  warning?: string | null;
  /** PASSWORD_TOO_WEAK: zxcvbn's suggestion keys (e.g. "addAnotherWord"). */
  suggestions?: string[];
}

/** The one error type Rally raises; its code is what clients branch on. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }

  static badInput(message: string, fields: FieldProblem[] = []): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});
  }

  static unauthenticated(message = 'Please sign in to continue.'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'You are not allowed to do this.'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }

  static conflict(message: string, extra: Record<string, unknown> = {}): AppError {
    return new AppError(ErrorCode.CONFLICT, message, extra);
  }

  static throttled(message = 'Too many attempts. Please wait a minute and try again.'): AppError {
    return new AppError(ErrorCode.THROTTLED, message);
  }

  /** A service Rally needs (Redis) is down; answered with HTTP 503 so clients and proxies retry later. */
  static unavailable(message = 'Rally cannot reach one of its services right now. Please try again in a minute.'): AppError {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, message, { http: { status: 503 } });
  }
}
