import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, problem } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { getAccessToken, getSessionEndReason, saveAccessToken } from '../session';
import { revokeToken } from './logout';

describe('logout', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks the server to end the token it names', async () => {
    const token = validJwt();
    const { requests } = mockFetch({ 'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }) });

    await revokeToken(token);

    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get('Authorization')).toBe(`Bearer ${token}`);
  });

  it('does not end a new session when the server answers 401 for the old token', async () => {
    const fresh = validJwt();
    saveAccessToken(fresh);
    mockFetch({ 'POST /api/v1/auth/logout': () => problem({ status: 401 }) });

    await revokeToken(validJwt(600));

    expect(getAccessToken()).toBe(fresh);
    expect(getSessionEndReason()).not.toBe('expired');
  });
});
