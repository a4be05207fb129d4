// What ioredis rejects a command with when it has no connection to send it on.
const CONNECTION_MESSAGES = ['Connection is closed.', "Stream isn't writeable", 'connect ETIMEDOUT', 'Command timed out'];
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE', 'EAI_AGAIN']);

/**
 * Whether `error` says Redis could not be reached (as opposed to Redis refusing a command):
 * the one place that knows ioredis's ways of saying so.
 */
export function isRedisConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Both say the command was never sent (ioredis gave up reconnecting for it).
  if (error.name === 'MaxRetriesPerRequestError' || error.name === 'AbortError') return true;
  const errno = (error as NodeJS.ErrnoException).code;
  if (errno && CONNECTION_ERRNOS.has(errno)) return true;
  return CONNECTION_MESSAGES.some((message) => error.message.startsWith(message));
}
