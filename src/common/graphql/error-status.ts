import { ErrorCode } from '../errors/app-error';
import { ApolloPlugin } from './request-guards';

/**
 * Answers HTTP 503 when an operation failed because a service Rally needs is down. Errors thrown
 * as AppError.unavailable carry the status themselves; a raw Redis error is only mapped to
 * SERVICE_UNAVAILABLE by formatError, after Apollo chose the status, so it is set here.
 */
export function unavailableStatusPlugin(): ApolloPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (response.body.singleResult.errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
          }
        },
      };
    },
  };
}
