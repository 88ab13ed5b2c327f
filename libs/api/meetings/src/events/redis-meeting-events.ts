import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@mace/api-core';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { MeetingEventsService } from './meeting-events.service';

/**
 * When REDIS_URL is set, meeting events go through Redis so every API process behind a load
 * balancer tells its own subscribers what happened in any of them. Without it the in-process
 * engine stays (one process). The two connections (Redis needs one for publishing and one in
 * subscriber mode) are closed on shutdown, so the process and the tests end cleanly.
 */
@Injectable()
export class RedisMeetingEvents implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RedisMeetingEvents.name);
  private connections: Redis[] = [];

  constructor(
    private readonly config: AppConfig,
    private readonly events: MeetingEventsService,
  ) {}

  onModuleInit(): void {
    const url = this.config.REDIS_URL;
    if (!url) return;
    const connect = (role: string) => {
      const connection = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
      // ioredis reconnects by itself; say so once per failure rather than crash the process.
      connection.on('error', (error: Error) => this.logger.warn(`Redis ${role} connection: ${error.message}`));
      return connection;
    };
    this.connections = [connect('publisher'), connect('subscriber')];
    const [publisher, subscriber] = this.connections;
    this.events.useEngine(new RedisPubSub({ publisher, subscriber }));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.connections.map((connection) => connection.quit().catch(() => connection.disconnect())));
    this.connections = [];
  }
}
