// Builds the HTTP application: request id and language, body limit, authentication, feature routes,
// the OpenAPI document and reference page, and the built web app with SPA fallback.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { sql } from 'kysely';
import { DomainError } from '../core/shared/errors.ts';
import { pickLang } from '../core/shared/messages.ts';
import type { Services } from '../create-services.ts';
import type { Logger } from '../logger.ts';
import { accountRoutes } from './account/account-routes.ts';
import { createRouter } from './app-env.ts';
import { auditRoutes } from './audit/audit-routes.ts';
import { authMiddleware } from './auth/auth-middleware.ts';
import { authRoutes } from './auth/auth-routes.ts';
import { contactRoutes } from './contact/contact-routes.ts';
import { mountDocsPage } from './docs-page.ts';
import { createErrorHandler } from './error-handler.ts';
import { excelRoutes } from './excel/excel-routes.ts';
import { cashFactRoutes } from './facts/cash-fact-routes.ts';
import { orderLineRoutes } from './facts/order-line-routes.ts';
import { orgRoutes } from './org/org-routes.ts';
import { planExportRoutes } from './plan/plan-export-routes.ts';
import { planGapRoutes } from './plan/plan-gap-routes.ts';
import { planGoalRoutes } from './plan/plan-goal-routes.ts';
import { planGraphRoutes } from './plan/plan-graph-routes.ts';
import { planPeopleRoutes } from './plan/plan-people-routes.ts';
import { planRoutes } from './plan/plan-routes.ts';
import { productLineRoutes } from './segmentation/product-line-routes.ts';
import { segmentationRoutes } from './segmentation/segmentation-routes.ts';
import { marketSizeRoutes } from './target/market-size-routes.ts';
import { targetPlanRoutes } from './target/target-routes.ts';
import { targetTrackingRoutes } from './target/target-tracking-routes.ts';
import { valueRoutes } from './value/value-routes.ts';

export interface AppOptions {
  logger: Logger;
  maxUploadBytes: number;
  secureCookies: boolean;
  /** Folder of the built web app; omitted in API-only tests. */
  webDist?: string | undefined;
}

export const DEFAULT_WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const JSON_LIMIT = 1024 * 1024;
const BODYLESS = new Set(['GET', 'HEAD']);

export function createApp(services: Services, options: AppOptions) {
  const app = createRouter();
  const uploadLimit = `${Math.round(options.maxUploadBytes / 1024 / 1024)} MB`;

  app.onError(createErrorHandler(options.logger));
  app.use('/api/*', async (c, next) => {
    c.set('requestId', c.req.header('x-request-id') ?? randomUUID());
    c.set('lang', pickLang(c.req.header('x-lang') ?? c.req.header('accept-language')));
    c.set('uploadLimit', uploadLimit);
    // Set before the handler runs: a header added to a finished response makes Hono rebuild it as a
    // stream-bodied fetch Response, which cost more CPU than the account list's own query.
    c.header('x-request-id', c.get('requestId'));
    await next();
  });
  const limitBody = bodyLimit({
    maxSize: options.maxUploadBytes,
    onError: () => {
      throw new DomainError('too_large', 'error.too_large', [], { limit: uploadLimit });
    },
  });
  // GET and HEAD carry no body: asking for one would make the Node adapter build a full fetch Request
  // (headers copy, AbortController) on every read, a tenth of a list request's CPU.
  app.use('/api/*', (c, next) => (BODYLESS.has(c.req.method) ? next() : limitBody(c, next)));
  app.use('/api/*', async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    const length = Number(c.req.header('content-length') ?? 0);
    if (type.includes('application/json') && length > JSON_LIMIT)
      throw new DomainError('too_large', 'error.too_large', [], { limit: '1 MB' });
    await next();
  });

  // Public: health (checks the database), ping (the framework's ceiling for benchmarks).
  app.get('/api/health', async (c) => {
    await sql`SELECT 1`.execute(services.database.db);
    return c.json({ status: 'ok', database: services.database.kind });
  });
  app.get('/api/ping', (c) => c.text('pong'));

  app.use('/api/*', authMiddleware(services));
  const routers = [
    authRoutes(services, { secureCookies: options.secureCookies }),
    accountRoutes(services),
    contactRoutes(services),
    orgRoutes(services),
    auditRoutes(services),
    excelRoutes(services),
    valueRoutes(services),
    segmentationRoutes(services),
    productLineRoutes(services),
    planRoutes(services),
    planGraphRoutes(services),
    planPeopleRoutes(services),
    planGapRoutes(services),
    planGoalRoutes(services),
    planExportRoutes(services),
    targetTrackingRoutes(services),
    marketSizeRoutes(services),
    targetPlanRoutes(services),
    orderLineRoutes(services),
    cashFactRoutes(services),
  ];
  for (const router of routers) app.route('/api', router);

  app.openAPIRegistry.registerComponent('securitySchemes', 'cookieAuth', {
    type: 'apiKey',
    in: 'cookie',
    name: 'kd_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'KAM Desk API',
      version: '0.1.0',
      description:
        'Key-account and distributor management. Sign in with POST /api/auth/login (cookie session; send X-CSRF-Token on writes) or use a Bearer API token. Errors: {code, message, details[{path, message}]}. Lists: {items, total} with q, filters, sort, limit, offset.',
    },
  });
  mountDocsPage(app);
  app.all('/api/*', () => {
    throw new DomainError('not_found', 'error.not_found', [], { entity: 'entity.record' });
  });

  const webDist = options.webDist;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    const root = relative(process.cwd(), webDist) || '.';
    app.use('/*', serveStatic({ root }));
    app.get('/*', async (c) => c.html(await readFile(join(webDist, 'index.html'), 'utf8')));
  }
  return app;
}

export type App = ReturnType<typeof createApp>;
