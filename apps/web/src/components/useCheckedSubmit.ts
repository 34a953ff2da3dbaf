import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  type FormErrors,
  fromApiError,
  fromIssues,
  type Issue,
  noErrors,
  withoutFields,
} from './form-errors';
import { useFieldError } from './useFieldError';

/** What the hook needs of a shared zod schema: its `safeParse`. */
export interface DraftSchema<Checked> {
  safeParse(
    draft: unknown,
  ): { success: true; data: Checked } | { success: false; error: { issues: readonly Issue[] } };
}

interface Options<Checked, Draft, Result> {
  /** The shared schema the server checks with too: nothing is sent that it turns down. */
  schema: DraftSchema<Checked>;
  /** Sends what passed the check; the draft comes too, for a form that sends it as the user left it. */
  send: (checked: Checked, draft: Draft) => Promise<Result>;
  /** The wrapper of update bodies in the server's field paths, e.g. `person` (see fromApiError). */
  errorPrefix?: string;
  onSuccess?: (result: Result) => void;
}

/**
 * A form's submit: the draft is checked with the shared schema first, and sent only when it
 * passes. Every failed attempt, the check's or the server's, gives the form errors and a new
 * `attempt` (the error summary's focusKey, so it takes focus again); a second submit while one is
 * under way does nothing.
 */
export function useCheckedSubmit<Checked, Draft, Result>({
  schema,
  send,
  errorPrefix,
  onSuccess,
}: Options<Checked, Draft, Result>) {
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const fieldError = useFieldError(errors);

  const failed = (next: FormErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
  };

  const mutation = useMutation({
    mutationFn: ({ checked, draft }: { checked: Checked; draft: Draft }) => send(checked, draft),
    onSuccess: (result) => onSuccess?.(result),
    onError: (error) => failed(fromApiError(error, errorPrefix)),
  });

  const submit = (event: FormEvent<HTMLFormElement>, draft: Draft) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const parsed = schema.safeParse(draft);
    if (!parsed.success) {
      failed(fromIssues(parsed.error.issues, draft));
      return;
    }
    setErrors(noErrors);
    mutation.mutate({ checked: parsed.data, draft });
  };

  /** The user changed these fields: they stop saying they are wrong. */
  const clearFieldErrors = (paths: readonly string[]) => setErrors((e) => withoutFields(e, paths));

  return {
    errors,
    setErrors,
    clearFieldErrors,
    attempt,
    submit,
    fieldError,
    isPending: mutation.isPending,
    mutation,
  };
}
