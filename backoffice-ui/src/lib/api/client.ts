import { NetworkError, problemFromResponse } from './problem';

export interface ApiClientConfig {
  /** Prefix of every path, `/api/v1` on the same origin by default. */
  baseUrl: string;
  /** The bearer token of the signed-in user, or null. */
  getAccessToken: () => string | null;
  /** The interface language, sent as Accept-Language so that problem details come back in it. */
  getLanguage: () => string;
  /** Called when an authenticated request answers 401: the app ends the session and shows /login. */
  onUnauthorized: () => void;
}

let config: ApiClientConfig = {
  baseUrl: import.meta.env.VITE_API_BASE_URL ?? '/api/v1',
  getAccessToken: () => null,
  getLanguage: () => document.documentElement.lang || 'fr',
  onUnauthorized: () => {},
};

/**
 * Wires the client to the session and the language; called once by the app (src/app), since
 * shared code does not import features.
 */
export function configureApiClient(overrides: Partial<ApiClientConfig>): void {
  config = { ...config, ...overrides };
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  headers?: HeadersInit;
  signal?: AbortSignal;
  /**
   * A request made without a session (the login itself): no Authorization header, and a 401 is
   * an answer for the caller to show, not a reason to end the session.
   */
  anonymous?: boolean;
}

/**
 * Calls the Parcours API. Resolves with the parsed JSON body; rejects with a ProblemError for any
 * non-2xx answer, or a NetworkError when the server cannot be reached.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiRequestWithEtag<T>(path, options)).data;
}

/** A JSON answer with the version the server gave it (the ETag header, null when absent). */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

/**
 * Like apiRequest, also reading the ETag of the answer: the version to send back in If-Match with
 * the next change of the same resource.
 */
export async function apiRequestWithEtag<T>(path: string, options: RequestOptions = {}): Promise<Versioned<T>> {
  const { body, ...rest } = options;
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await apiFetch(path, {
    ...rest,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const etag = response.headers.get('ETag');
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return { data: undefined as T, etag };
  }
  return { data: (await response.json()) as T, etag };
}

/** A request whose body or answer is not JSON (a CSV file sent or downloaded): the body as given. */
export interface RawRequestOptions extends Omit<RequestOptions, 'body'> {
  body?: BodyInit;
}

/**
 * Calls the Parcours API with the session and the language, and answers the raw Response of a 2xx; rejects like
 * apiRequest otherwise (a 401 ends the session). For bodies and answers that are not JSON: CSV imports and exports.
 */
export async function apiFetch(path: string, options: RawRequestOptions = {}): Promise<Response> {
  const { method = 'GET', body, signal, anonymous = false } = options;
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', '*/*');
  headers.set('Accept-Language', config.getLanguage());
  if (!anonymous) {
    const token = config.getAccessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
  }

  let response: Response;
  try {
    response = await fetch(`${config.baseUrl}${path}`, { method, headers, body, signal, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError({ cause: error });
  }

  if (!response.ok) {
    const problem = await problemFromResponse(response);
    if (response.status === 401 && !anonymous) config.onUnauthorized();
    throw problem;
  }
  return response;
}

/** A file the API answered (a PDF), with the name its Content-Disposition gives, if any. */
export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

/**
 * GETs a file with the bearer token (a plain link would go without it), for the caller to save. A
 * failure is a ProblemError or a NetworkError, as with apiRequest; a 401 ends the session.
 */
export async function apiDownload(path: string, accept: string): Promise<DownloadedFile> {
  const headers = new Headers({
    Accept: `${accept}, application/problem+json`,
    'Accept-Language': config.getLanguage(),
  });
  const token = config.getAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(`${config.baseUrl}${path}`, { headers, credentials: 'same-origin' });
  } catch (error) {
    throw new NetworkError({ cause: error });
  }
  if (!response.ok) {
    const problem = await problemFromResponse(response);
    if (response.status === 401) config.onUnauthorized();
    throw problem;
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), filename };
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
