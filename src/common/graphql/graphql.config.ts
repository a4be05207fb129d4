import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Request, Response } from 'express';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../config/app-config';
import { ActorSource, ClosableSocket, SocketTracker } from '../auth/actor-source';
import { Loaders } from '../dataloader/loaders';
import { formatGraphQLError, toAppError } from '../errors/format-error';
import { unavailableStatusPlugin } from './error-status';
import { costLimitPlugin, validationRules } from './query-limits';
import { RequestContext } from './request-context';
import { ApolloPlugin, requestGuardsPlugin } from './request-guards';

const logger = new Logger('GraphQL');

interface WsExtra {
  request?: Request;
  socket?: ClosableSocket;
  rally?: RequestContext;
}
type ConnectionParams = { authorization?: string; Authorization?: string } | undefined;

export function graphqlConfig(config: AppConfig, actors: ActorSource, dataSource: DataSource, schemaHost: () => GraphQLSchemaHost, sockets: SocketTracker): ApolloDriverConfig {
  const buildContext = async (authorization: string | undefined, req?: Request): Promise<RequestContext> => {
    // Before any resolver runs: Apollo answers a context failure with the status the error carries.
    const { actor, claims, error } = await actors.fromAuthorization(authorization).catch((failure: unknown) => {
      throw toAppError(failure) ?? failure;
    });
    const isSessionLive = async () => claims !== null && actors.isLive(claims);
    return { req, actor, authError: error, loaders: new Loaders(dataSource.manager), ip: req?.ip ?? 'ws', claims, isSessionLive };
  };
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules,
    // Nest would reset every execution error's status to 200; Rally's only execution status is 503 (unavailableStatusPlugin).
    preserveHttpStatusForExecutionErrors: false,
    // Rally sets no cache hints; Apollo's default cache-control plugin would still wrap every field of every response.
    plugins: [requestGuardsPlugin(), unavailableStatusPlugin(), costLimitPlugin(() => schemaHost().schema), ApolloServerPluginCacheControlDisabled() as ApolloPlugin],
    // Apollo indents every response by default: CPU on each request and a third more bytes to send.
    stringifyResult: (result) => JSON.stringify(result),
    formatError: (formatted, error) => formatGraphQLError(formatted, error, (e) => logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e)), config.isProduction),
    context: async ({ req, extra }: { req?: Request; res?: Response; extra?: WsExtra }) => {
      if (req) return buildContext(req.headers.authorization, req);
      // A subscription: the actor was resolved once when the socket connected; loaders are per operation.
      return { ...extra?.rally, loaders: new Loaders(dataSource.manager) };
    },
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (ctx) => {
          const params = ctx.connectionParams as ConnectionParams;
          const extra = ctx.extra as WsExtra;
          extra.rally = await buildContext(params?.authorization ?? params?.Authorization, extra.request);
          if (!extra.rally.claims) return false;
          // The socket ends with its session: at the token's expiry, or when any process revokes it.
          if (extra.socket) sockets.track(extra.socket, extra.rally.claims);
          return true;
        },
      },
    },
  };
}
