import { vi } from 'vitest';
import type { ProblemDetail } from '@/lib/api';

export type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problem(body: Partial<ProblemDetail> & { status: number }): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Error', ...body }), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Replaces fetch with a table of handlers keyed by "METHOD /path" (path without origin). The
 * returned spy records each call as a Request, to assert on headers and bodies.
 */
export function mockFetch(handlers: Record<string, Handler>) {
  const requests: Request[] = [];
  const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    // jsdom's AbortSignal is not the one Node's Request accepts, so the signal stays out.
    const { signal: _signal, ...rest } = init ?? {};
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const request = new Request(url, rest);
    requests.push(request);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const handler = handlers[key];
    if (!handler) throw new Error(`Unexpected request in test: ${key}`);
    return handler(request.clone());
  });
  vi.stubGlobal('fetch', spy);
  return { spy, requests };
}
