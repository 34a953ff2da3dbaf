import { type FieldErrorCode, fieldErrorCodes } from '@verkosto/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ApiError } from './errors';

const KNOWN_FIELD_CODES = new Set<string>(fieldErrorCodes);

function fieldCode(keyword: string, message: string): FieldErrorCode {
  if (KNOWN_FIELD_CODES.has(message)) return message as FieldErrorCode;
  if (keyword === 'invalid_type' && message.includes('received undefined')) return 'required';
  return 'invalid';
}

/** One error shape for every failure; no stack traces and no request data in answers. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof ApiError) return reply.code(err.status).send(err.toBody());
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, FieldErrorCode> = {};
      for (const issue of err.validation) {
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_';
        fields[path] ??= fieldCode(issue.keyword, issue.message ?? '');
      }
      return reply.code(400).send(new ApiError('validation_failed', fields).toBody());
    }
    if (isResponseSerializationError(err)) {
      request.log.error({
        err: { message: 'response did not match its schema', route: request.routeOptions.url },
      });
      return reply.code(500).send(new ApiError('internal_error').toBody());
    }
    if (err.statusCode === 429) return reply.code(429).send(new ApiError('rate_limited').toBody());
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(400).send(new ApiError('validation_failed').toBody());
    }
    // Only the error's kind and message: a database error's detail may quote personal data.
    request.log.error({ err: { type: err.name, code: err.code } }, 'request failed');
    return reply.code(500).send(new ApiError('internal_error').toBody());
  });
}
