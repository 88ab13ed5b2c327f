import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, DatabaseTarget } from '@mace/api-core';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../app.module';
import { serveWebClient } from './serve-web-client';

/** Build the API application: the same path for `npm start`, the Docker image and the tests. */
export async function createApiApp(config: AppConfig, database: DatabaseTarget): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, database }),
    { bufferLogs: true, abortOnError: false },
  );
  app.useLogger(app.get(Logger));
  // Express's default of 100 KB is below a legitimate referral (five narrative fields of up to
  // 10,000 characters, up to three bytes each in UTF-8), and refused larger bodies with a bare 413
  // before validation could name the field. Fields carry their own caps; this only bounds a request.
  app.useBodyParser('json', { limit: '1mb' });
  app.use(cookieParser());
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  serveWebClient(app, config.WEB_DIST_DIR);
  return app;
}
