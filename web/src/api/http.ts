// The one fetch wrapper of the web app: adds the CSRF token and the UI language to every request, parses
// error bodies into ApiError, and sends the user to the login page when the session has expired.
import { i18n } from '../i18n/i18n.ts';

/** Error codes of the API contract, plus `network` when the server could not be reached at all. */
export type ApiErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'rate_limited'
  | 'csrf'
  | 'internal'
  | 'network';

export interface ApiErrorDetail {
  path: string;
  message: string;
}

/** A failed API call; `message` is already translated by the server into the UI language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const STATUS_CODES: Record<number, ApiErrorCode> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  429: 'rate_limited',
};

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

/** Remembers the CSRF token of the current session (from login or /auth/me). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token of the current session, for requests sent without fetch (upload progress). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Registers what to do when a request finds the session gone (the app navigates to /login). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export type QueryValue = string | number | boolean | null | undefined;

/** Builds `?a=1&b=x`, leaving out empty values so the server applies its defaults. */
export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

interface RequestOptions {
  query?: Record<string, QueryValue> | undefined;
  /** JSON body, or FormData for uploads. */
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Do not redirect to /login on 401 (the session probe and the login call itself). */
  allowUnauthenticated?: boolean;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { 'Accept-Language': i18n.language === 'en' ? 'en' : 'zh-CN' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(options.query)}`, {
      method,
      headers,
      body,
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', i18n.t('error.network'));
  }
  if (!response.ok) {
    const error = await readError(response);
    if (error.code === 'unauthenticated' && !options.allowUnauthenticated) onUnauthenticated();
    throw error;
  }
  return response;
}

async function readError(response: Response): Promise<ApiError> {
  const fallbackCode = STATUS_CODES[response.status] ?? 'internal';
  try {
    const body: unknown = await response.json();
    if (isErrorBody(body)) return new ApiError(response.status, body.code, body.message, body.details ?? []);
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to a generic message.
  }
  return new ApiError(response.status, fallbackCode, i18n.t(`error.status.${fallbackCode}`));
}

function isErrorBody(
  body: unknown,
): body is { code: ApiErrorCode; message: string; details?: ApiErrorDetail[] | undefined } {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** Calls a JSON endpoint and returns its parsed body (undefined for 204). */
export async function apiJson<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const apiGet = <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
  apiJson<T>('GET', path, { query, signal });

/** Downloads a file endpoint and hands it to the browser under the server's file name. */
export async function downloadFile(
  path: string,
  query?: Record<string, QueryValue>,
  fallbackName = 'download.xlsx',
): Promise<void> {
  const response = await send('GET', path, { query });
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}
