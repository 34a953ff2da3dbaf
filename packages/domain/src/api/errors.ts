import { z } from 'zod';

import { errorCodes } from '../codes';

export { type ErrorCode, errorCodes, type FieldErrorCode, fieldErrorCodes } from '../codes';

export const zErrorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof zErrorBody>;
