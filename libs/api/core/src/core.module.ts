import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './config/app-config';
import { dataSourceOptions, DatabaseTarget } from './database/data-source-options';
import { createValidationPipe } from './errors/validation-pipe';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';
import { loggerOptions } from './logging/logger-options';

export interface CoreModuleOptions {
  config: AppConfig;
  database: DatabaseTarget;
}

/** Config, logging, the database and GraphQL: the wiring every domain module relies on. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(options.config)),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.database),
          autoLoadEntities: true,
          migrationsRun: true,
          migrationsTransactionMode: 'each',
          retryAttempts: 0,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(options.config),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: AppConfig, useValue: options.config },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [AppConfig],
    };
  }
}
