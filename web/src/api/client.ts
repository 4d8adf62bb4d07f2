import i18next from 'i18next';

/** An API error with the server's human sentence (`message`) and per-field sentences (`fields`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** Seconds to wait, from a Retry-After header (sign-in throttling). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Listeners told when the server says the session is gone (401), so the app can react once. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Listeners told when the server says this browser is locked after a quick exit (423). */
const lockedListeners = new Set<() => void>();
export function onLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

export async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' }, signal };
  if (method !== 'GET') {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', i18next.t('errors.network', { ns: 'common' }));
  }
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) return data as T;

  const error = (data as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | null)?.error;
  const retry = Number(response.headers.get('retry-after'));
  const apiError = new ApiError(
    response.status,
    error?.code ?? 'server_error',
    error?.message ?? i18next.t('errors.server', { ns: 'common' }),
    error?.fields ?? {},
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
  if (response.status === 401 && apiError.code === 'unauthorized') unauthorizedListeners.forEach((l) => l());
  if (response.status === 423 && apiError.code === 'locked') lockedListeners.forEach((l) => l());
  throw apiError;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

export type Ok = { status: 'ok' };
