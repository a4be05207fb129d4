import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { AuthModule } from './auth/auth.module';
import { AccessModule } from './common/access/access.module';
import { ACTOR_SOURCE, ActorSource, SOCKET_TRACKER, SocketTracker } from './common/auth/actor-source';
import { AuthGuard } from './common/auth/auth.guard';
import { DomainEventsModule } from './common/events/domain-events';
import { graphqlConfig } from './common/graphql/graphql.config';
import { PubSubModule } from './common/pubsub/pubsub.module';
import { validationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions, requireDatabaseUrl } from './database/data-source-options';
import { FEATURE_MODULES } from './feature-modules';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './logger';
import { QueueModule } from './queue/queue.module';
import { QueueDashboardModule } from './queue/queue-dashboard.module';

let schemaHost: GraphQLSchemaHost | undefined;

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => dataSourceOptions(requireDatabaseUrl(config)),
    }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, ACTOR_SOURCE, SOCKET_TRACKER, DataSource, GraphQLSchemaHost],
      useFactory: (config: AppConfig, actors: ActorSource, sockets: SocketTracker, dataSource: DataSource, host: GraphQLSchemaHost) => {
        schemaHost = host;
        return graphqlConfig(config, actors, dataSource, () => schemaHost as GraphQLSchemaHost, sockets);
      },
    }),
    DomainEventsModule,
    PubSubModule,
    QueueModule,
    QueueDashboardModule,
    AccessModule,
    AuthModule,
    HealthModule,
    ...FEATURE_MODULES,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_PIPE, useValue: validationPipe },
  ],
})
export class AppModule {}
