import { createServer } from 'node:net';

import { LaunchError } from './launch-error';

/** Whether nothing listens on `port` of the loopback address, by trying to listen there. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The first free port among `preferred` and the ones after it. */
export async function firstFreePort(preferred: number, what: string, tries = 50): Promise<number> {
  for (let port = preferred; port < preferred + tries && port <= 65535; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new LaunchError(`No free port for ${what} between ${preferred} and ${preferred + tries - 1}: stop what uses them or choose another port.`);
}
