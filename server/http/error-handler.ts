import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Translate } from '../i18n.ts';
import { AppError } from './errors.ts';

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

// Fastify's own 4xx errors, turned into words a person understands.
const FRAMEWORK_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'errors.unsupportedMediaType' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'errors.payloadTooLarge' },
  FST_ERR_RATE_LIMIT_EXCEEDED: { code: 'rate_limited', message: 'errors.rateLimited' },
};

export function registerErrorHandler(app: FastifyInstance, t: Translate): void {
  const say = (key: string) => t(key, { defaultValue: t('validation.invalid') });

  app.setErrorHandler<FastifyError | AppError>((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const field = issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || '_';
        fields[field] ??= say(issue.message ?? '');
      }
      return reply.status(400).send(body('invalid_input', t('errors.invalidInput'), fields));
    }
    if (error instanceof AppError) {
      // A stored value that does not open (docs/privacy.md, "Data at rest") is worth a line in the log: its kind, never the value.
      if (error.status >= 500) request.log.error({ err: { type: error.name, code: error.code } }, 'request failed');
      if (error.retryAfterSeconds) reply.header('Retry-After', String(error.retryAfterSeconds));
      const fields = error.fields && Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, say(v)]));
      return reply.status(error.status).send(body(error.code, t(error.message), fields));
    }
    const status = (error as FastifyError).statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const known = FRAMEWORK_ERRORS[(error as FastifyError).code];
      if (status === 429 && !known) return reply.status(429).send(body('rate_limited', t('errors.rateLimited')));
      return reply.status(status).send(body(known?.code ?? 'bad_request', t(known?.message ?? 'errors.invalidInput')));
    }
    // Log the failure's kind and place, never a body a person wrote.
    // A database error's message can quote the values it was given, so only its frames go out.
    const frames = error.stack?.split('\n').slice(1).join('\n');
    request.log.error({ err: { type: error.name, code: (error as FastifyError).code, frames } }, 'request failed');
    return reply.status(500).send(body('server_error', t('errors.server')));
  });
}

export function body(code: string, message: string, fields?: Record<string, string>): ErrorBody {
  return { error: fields && Object.keys(fields).length ? { code, message, fields } : { code, message } };
}
