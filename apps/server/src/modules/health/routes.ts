import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';

const zHealth = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  demoMode: z.boolean(),
});

/** Liveness: answers without touching the database, which also makes it the bench's baseline route. */
export function healthRoutes(app: FastifyInstance, deps: AppDeps) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/health',
      { schema: { tags: ['health'], summary: 'Liveness and the database mode', response: { 200: zHealth } } },
      () => ({ status: 'ok' as const, database: deps.database.mode, demoMode: deps.config.demoMode }),
    );
}
