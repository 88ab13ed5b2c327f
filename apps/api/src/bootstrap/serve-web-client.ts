import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// /api: the PDF downloads, which a browser requests with Accept: text/html among others.
const API_PATHS = /^\/(graphql|health|api)(\/|$)/;

/**
 * Serve the built web client from the API process: static files, and index.html for any other
 * page address so the client's router can handle it. Skipped when the client is not built.
 */
export function serveWebClient(app: NestExpressApplication, distDir: string): boolean {
  const root = resolve(distDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(index);
  });
  return true;
}
