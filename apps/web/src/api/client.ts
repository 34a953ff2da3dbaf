import { type ErrorCode, errorCodes } from '@verkosto/domain/codes';

/**
 * The one place the web app talks to the API: same origin, cookie session, JSON.
 * Every state-changing request carries the CSRF token of the latest SessionState.
 */

/** Error codes the server may answer with, plus `network_error` when no answer came at all. */
export type ClientErrorCode = ErrorCode | 'network_error';

const codeList = [...errorCodes, 'network_error'] as const;
const knownCodes: ReadonlySet<string> = new Set<string>(codeList);

export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  /** Dotted field path → field error code, as the server sent them. */
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, code: ClientErrorCode, fields: Record<string, string> = {}) {
    super(code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

type Listener = () => void;
let onUnauthenticated: Listener = () => {};
let onCsrfFailed: Listener = () => {};
let onPasswordChangeRequired: Listener = () => {};

/** Called when any request answers 401: the session has ended. */
export function setUnauthenticatedListener(listener: Listener): void {
  onUnauthenticated = listener;
}

/**
 * Called when a state-changing request fails its CSRF check. After a session has ended on the
 * server, a POST answers this rather than 401, so the listener asks who is signed in now.
 */
export function setCsrfFailedListener(listener: Listener): void {
  onCsrfFailed = listener;
}

/**
 * Called when a request answers 403 `password_change_required`: an admin gave the user a one-time
 * password while they were working, so the session is asked for again and its guard takes over.
 */
export function setPasswordChangeRequiredListener(listener: Listener): void {
  onPasswordChangeRequired = listener;
}

function codeFromStatus(status: number): ClientErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 404) return 'not_found';
  if (status === 409) return 'stale_version';
  if (status === 429) return 'rate_limited';
  return 'internal_error';
}

async function toApiError(response: Response): Promise<ApiError> {
  let code = codeFromStatus(response.status);
  let fields: Record<string, string> = {};
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'error' in body) {
      const error = (body as { error: unknown }).error;
      if (typeof error === 'object' && error !== null) {
        const raw = error as { code?: unknown; fields?: unknown };
        if (typeof raw.code === 'string' && knownCodes.has(raw.code)) code = raw.code as ClientErrorCode;
        if (typeof raw.fields === 'object' && raw.fields !== null) {
          fields = Object.fromEntries(
            Object.entries(raw.fields as Record<string, unknown>).filter(
              (entry): entry is [string, string] => typeof entry[1] === 'string',
            ),
          );
        }
      }
    }
  } catch {
    // Not JSON (a proxy error page, for example): the status decides the code.
  }
  return new ApiError(response.status, code, fields);
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && path !== '/api/session') onUnauthenticated();
    if (error.code === 'csrf_failed' && path !== '/api/session') onCsrfFailed();
    if (error.code === 'password_change_required') onPasswordChangeRequired();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
