import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context.ts';
import { registerAuth, SessionCookies } from './http/auth.ts';
import { body, registerErrorHandler } from './http/error-handler.ts';
import { registerHostCheck } from './http/host.ts';
import { registerInputGuard } from './http/input-guard.ts';
import { redactSecretPaths } from './http/logging.ts';
import { rateLimits } from './http/rate-limits.ts';
import { registerSecurity } from './http/security.ts';
import { accountRoutes } from './modules/accounts/routes.ts';
import { aftermathRoutes } from './modules/aftermath/routes.ts';
import { appreciationRoutes } from './modules/appreciations/routes.ts';
import { breakRoutes } from './modules/breaks/routes.ts';
import { checkupRoutes } from './modules/checkup/routes.ts';
import { consentRoutes } from './modules/consent/routes.ts';
import { practiceRoutes } from './modules/practice/routes.ts';
import { coupleRoutes } from './modules/couples/routes.ts';
import { cycleRoutes } from './modules/cycle/routes.ts';
import { devRoutes } from './modules/dev/routes.ts';
import { eventRoutes } from './modules/events/routes.ts';
import { exportRoutes } from './modules/export/routes.ts';
import { progressRoutes } from './modules/progress/routes.ts';
import { reminderRoutes } from './modules/reminders/routes.ts';
import { ritualRoutes } from './modules/rituals/routes.ts';
import { safetyRoutes } from './modules/safety/routes.ts';
import { talkRoutes } from './modules/talk/routes.ts';
import { todayRoutes } from './modules/today/routes.ts';

export const WEB_DIST = path.resolve(import.meta.dirname, '../dist/web');

/**
 * The app's page is never stored, which also keeps browsers from restoring a left page from the
 * back-forward cache after a quick exit (docs/decisions.md, "Quick exit locks Hearth").
 */
const PAGE_CACHE = 'no-store';

const ClientConfig = z.object({ quickExitUrl: z.string(), devOutbox: z.boolean() });

export interface AppOptions {
  logger?: boolean;
  /** Where log lines go (standard output when not given). */
  logStream?: NodeJS.WritableStream;
  /** Serve the built web app from this folder (when it exists). */
  webDist?: string;
}

export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    // Open event streams and idle keep-alive sockets must not hold a shutdown for a minute.
    forceCloseConnections: true,
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            ...(options.logStream ? { stream: options.logStream } : {}),
            // Method and path only: no addresses, cookies, tokens or bodies.
            serializers: { req: (req) => ({ method: req.method, url: req.url.split('?')[0] }) },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            hooks: { streamWrite: redactSecretPaths },
          },
  });
  // The API speaks JSON only; a plain-text body (what a cross-site form can send) is refused.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app, ctx.t);
  // First of all hooks: a request addressed to another name gets nothing else.
  registerHostCheck(app, { baseUrl: config.baseUrl, listenHost: config.host });
  registerInputGuard(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Hearth API', version: '0.1.0', description: 'JSON API of Hearth. Sign-in uses an HttpOnly session cookie.' },
    },
    transform: jsonSchemaTransform,
  });
  registerSecurity(app, new URL(config.baseUrl).origin, config.secureCookies);
  await app.register(rateLimit, { global: false });
  await registerAuth(app, { accounts: ctx.accounts, tokenKey: ctx.keys.tokens, secureCookies: config.secureCookies });

  const limits = rateLimits(config.rateLimit);
  const cookies = new SessionCookies({ tokenKey: ctx.keys.tokens, secureCookies: config.secureCookies });
  accountRoutes(app, { accounts: ctx.accounts, cookies, limits });
  coupleRoutes(app, { couples: ctx.couples, limits });
  consentRoutes(app, { consent: ctx.consent, couples: ctx.couples });
  practiceRoutes(app, { practice: ctx.practice });
  checkupRoutes(app, { checkup: ctx.checkup, couples: ctx.couples, t: ctx.t });
  safetyRoutes(app, { safety: ctx.safety, couples: ctx.couples, resources: ctx.content.resources });
  todayRoutes(app, { today: ctx.today, t: ctx.t });
  appreciationRoutes(app, { appreciations: ctx.appreciations });
  ritualRoutes(app, { rituals: ctx.rituals });
  reminderRoutes(app, { reminders: ctx.reminders });
  progressRoutes(app, { progress: ctx.progress });
  eventRoutes(app, { events: ctx.events, accounts: ctx.accounts });
  talkRoutes(app, { talk: ctx.talk, resources: ctx.content.resources });
  aftermathRoutes(app, { aftermath: ctx.aftermath, resources: ctx.content.resources });
  cycleRoutes(app, { cycle: ctx.cycle });
  breakRoutes(app, { breaks: ctx.breaks });
  exportRoutes(app, { exporter: ctx.exporter });
  if (config.devOutbox) devRoutes(app, { outboxDir: config.outboxDir });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok', db: ctx.database.dialect }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/api/config',
    {
      schema: {
        operationId: 'getConfig',
        tags: ['config'],
        summary: 'Where quick exit goes, and whether the development outbox is on (also while locked)',
        response: { 200: ClientConfig },
      },
      config: { whileLocked: true },
    },
    async () => ({ quickExitUrl: config.quickExitUrl, devOutbox: config.devOutbox }),
  );

  const webDist = options.webDist ?? WEB_DIST;
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      setHeaders: (reply, file) => {
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : path.basename(file) === 'index.html' ? PAGE_CACHE : 'no-cache');
      },
    });
  }
  // Pages of the single-page app are routed in the browser; unknown API paths answer JSON.
  app.setNotFoundHandler((request, reply) => {
    // A missing file under /assets/ (say, from an older build) is a 404, never the app page.
    const isPagePath = !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && isPagePath && hasWeb;
    if (wantsPage) return reply.header('Cache-Control', PAGE_CACHE).sendFile('index.html');
    return reply.status(404).send(body('not_found', ctx.t('errors.notFound')));
  });
  return app;
}
