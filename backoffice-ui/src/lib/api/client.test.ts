import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { api, apiDownload, configureApiClient } from './client';
import { NetworkError, ProblemError } from './problem';

describe('API client', () => {
  const onUnauthorized = vi.fn();

  beforeEach(() => {
    onUnauthorized.mockReset();
    configureApiClient({
      baseUrl: '/api/v1',
      getAccessToken: () => 'token-123',
      getLanguage: () => 'nl',
      onUnauthorized,
    });
  });

  it('sends the bearer token and the interface language', async () => {
    const { requests } = mockFetch({ 'GET /api/v1/me': () => json({ username: 'agent.cripel' }) });

    await expect(api.get('/me')).resolves.toEqual({ username: 'agent.cripel' });

    const [request] = requests;
    expect(request?.headers.get('Authorization')).toBe('Bearer token-123');
    expect(request?.headers.get('Accept-Language')).toBe('nl');
    expect(request?.headers.get('Accept')).toContain('application/problem+json');
  });

  it('turns a problem+json answer into a typed ProblemError with its issues', async () => {
    mockFetch({
      'POST /api/v1/auth/token': () =>
        problem({
          type: 'urn:parcours:problem:invalid-request',
          title: 'Requête invalide',
          status: 400,
          detail: 'La requête contient des erreurs.',
          issues: [{ field: 'username', message: "L'identifiant est obligatoire." }],
        }),
    });

    const error = await api.post('/auth/token', {}, { anonymous: true }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({
      type: 'urn:parcours:problem:invalid-request',
      title: 'Requête invalide',
      status: 400,
      detail: 'La requête contient des erreurs.',
      issues: [{ field: 'username', message: "L'identifiant est obligatoire." }],
    });
  });

  it('ends the session on a 401 to an authenticated request', async () => {
    mockFetch({ 'GET /api/v1/me': () => problem({ status: 401, title: 'Non authentifié' }) });

    await expect(api.get('/me')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('leaves a 401 to the login form when the request is anonymous', async () => {
    const { requests } = mockFetch({
      'POST /api/v1/auth/token': () => problem({ status: 401, title: 'Identifiants invalides' }),
    });

    await expect(api.post('/auth/token', {}, { anonymous: true })).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('still yields a ProblemError when the error body is not a problem document', async () => {
    mockFetch({ 'GET /api/v1/me': () => new Response('<html>Bad gateway</html>', { status: 502 }) });

    await expect(api.get('/me')).rejects.toMatchObject({ status: 502, type: 'about:blank', issues: [] });
  });

  it('reports an unreachable server as a NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(api.get('/me')).rejects.toBeInstanceOf(NetworkError);
  });

  it('downloads a file with the bearer token and the name the answer gives it', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/transmissions/t1/pdf': () =>
        new Response('%PDF-1.7', {
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': 'attachment; filename="CRIPEL-2026-00042.pdf"',
          },
        }),
    });

    const file = await apiDownload('/transmissions/t1/pdf', 'application/pdf');

    expect(file.filename).toBe('CRIPEL-2026-00042.pdf');
    expect(await file.blob.text()).toBe('%PDF-1.7');
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer token-123');
    expect(requests[0]?.headers.get('Accept')).toContain('application/pdf');
  });

  it('ends the session when a download answers 401, and gives its problem', async () => {
    mockFetch({ 'GET /api/v1/transmissions/t1/pdf': () => problem({ status: 401, title: 'Non authentifié' }) });

    await expect(apiDownload('/transmissions/t1/pdf', 'application/pdf')).rejects.toBeInstanceOf(ProblemError);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });
});
