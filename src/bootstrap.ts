import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import helmet from 'helmet';

import { clientAssets, sendShell } from './client-assets';
import { graphqlBodyParsing } from './common/graphql/graphql-http';
import { AppConfig } from './config/app-config';

export const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');

/**
 * Paths the server answers itself; every other GET is a client route and gets the app shell.
 * Only the queue dashboard lives under /admin: /admin/skills, /admin/networks … are client pages.
 */
const SERVER_PATHS = ['/graphql', '/health', '/admin/queues'];

const isServerPath = (path: string): boolean => SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * Options for creating the Nest application, here and in the tests. Nest's own JSON and urlencoded
 * parsers would read every request: /graphql has its own (`graphqlBodyParsing`), the queue dashboard
 * its own, and no other route takes a body.
 */
export const APP_OPTIONS = { bodyParser: false } as const;

/** HTTP concerns shared by the real server and the tests: headers, CORS, proxies, the client. */
export function configureApp(app: INestApplication, config: AppConfig, { clientDist = CLIENT_DIST }: { clientDist?: string } = {}): void {
  const http = app as NestExpressApplication;
  // X-Forwarded-For is anyone's to forge; only the proxies named in TRUST_PROXY may set the client address.
  http.set('trust proxy', config.trustProxy);
  // An ETag is a hash of every response body; GraphQL answers POSTs, which no cache revalidates.
  http.set('etag', false);
  http.use(
    helmet({
      // The client is served from here and talks to /graphql on the same origin.
      contentSecurityPolicy: {
        directives: { 'default-src': ["'self'"], 'connect-src': ["'self'", 'ws:', 'wss:'], 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  http.enableCors({ origin: config.corsOrigins, credentials: true, methods: ['GET', 'POST', 'OPTIONS'] });
  http.use('/graphql', ...graphqlBodyParsing);
  http.enableShutdownHooks();
  serveClient(http, clientDist);
}

function serveClient(app: NestExpressApplication, clientDist: string): void {
  if (!existsSync(join(clientDist, 'index.html'))) return;
  app.use(clientAssets(clientDist));
  // Client-side routes: any GET that is not the API gets the app shell, so reloading a page works.
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || isServerPath(req.path)) return next();
    sendShell(req, res, clientDist);
  });
}
