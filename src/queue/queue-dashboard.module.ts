import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import type { IServerAdapter } from '@bull-board/api/typings/app';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import express, { Express, Request, Response } from 'express';

import { ACTOR_SOURCE, ActorSource } from '../common/auth/actor-source';
import { AppConfig } from '../config/app-config';
import { DASHBOARD_COOKIE, platformAdminOnly } from './platform-admin.middleware';
import { QueueName } from './queue-names';

const DASHBOARD_PATH = '/admin/queues';
const QUEUES = Object.values(QueueName);

/**
 * The BullMQ dashboard at /admin/queues, for platform admins only. Mounted straight on Express:
 * bull-board brings its own router, which Nest's middleware consumer would re-prefix.
 * POST /admin/queues/session (with the Bearer header) sets the cookie a browser tab then uses.
 */
@Module({})
export class QueueDashboardModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    @Inject(ACTOR_SOURCE) private readonly actors: ActorSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const http = this.adapterHost.httpAdapter;
    if (!http) return;
    const board = new ExpressAdapter().setBasePath(DASHBOARD_PATH);
    const queues = QUEUES.map((name) => new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })));
    // @bull-board/express nests its own copy of @bull-board/api (9.10.1 vs 9.10.2): same shape at
    // runtime, distinct private members for the compiler. Aligning the two versions removes the cast.
    createBullBoard({ queues, serverAdapter: board as unknown as IServerAdapter });
    http.getInstance<Express>().use(DASHBOARD_PATH, platformAdminOnly(this.actors), this.sessionRoute(), board.getRouter() as express.Router);
  }

  private sessionRoute(): express.Router {
    const router = express.Router();
    router.post('/session', (req: Request, res: Response) => {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /i, '');
      res.cookie(DASHBOARD_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.isProduction,
        path: DASHBOARD_PATH,
        maxAge: this.config.ACCESS_TOKEN_TTL_SECONDS * 1000,
      });
      res.status(204).end();
    });
    return router;
  }
}
