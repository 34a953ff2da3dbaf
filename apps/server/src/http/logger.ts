import type { FastifyServerOptions } from 'fastify';

/**
 * pino through Fastify. Requests are logged by method, route and status only; cookies, tokens and
 * bodies are redacted, and URLs carry no personal data by design (searches are POSTed).
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        'req.body',
        '*.password',
        '*.identityCode',
      ],
      censor: '[redacted]',
    },
  };
}
