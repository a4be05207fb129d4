import express, { NextFunction, Request, Response } from 'express';

import { ErrorCode } from '../errors/app-error';

// Room for the largest operation Rally takes: an invitation CSV of up to 1 MB (importInvitations).
export const GRAPHQL_BODY_LIMIT = '2mb';

interface BodyParserError {
  type?: string;
  status?: number;
}

// Express answers these before GraphQL runs; clients still get the GraphQL error shape with a code.
function answer(res: Response, status: number, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
}

function requireJson(req: Request, res: Response, next: NextFunction): void {
  // `is` answers null for a request without a body, which Apollo refuses with its own message.
  if (req.method === 'POST' && req.is('application/json') === false) {
    return answer(res, 415, 'Send GraphQL requests as application/json.');
  }
  next();
}

function answerBodyErrors(error: BodyParserError, _req: Request, res: Response, next: NextFunction): void {
  if (error.type === 'entity.too.large') return answer(res, 413, `The request body is larger than ${GRAPHQL_BODY_LIMIT}.`);
  if (error.type === 'entity.parse.failed') return answer(res, 400, 'The request body is not valid JSON.');
  if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') return answer(res, 415, 'Send the request body as UTF-8 JSON.');
  if (error.status && error.status >= 400 && error.status < 500) return answer(res, error.status, 'The request body could not be read.');
  next(error);
}

/**
 * Parses GraphQL request bodies ahead of Nest's own parser (which then skips them), so a body
 * that is too large, not JSON or of another type is answered as a client error with a code.
 */
export const graphqlBodyParsing = [requireJson, express.json({ limit: GRAPHQL_BODY_LIMIT }), answerBodyErrors];
