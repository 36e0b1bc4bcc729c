import { describe, expect, it } from 'vitest';
import { expiredJwt, fakeJwt, validJwt } from '@/testing/jwt';
import { clearSession, decodeJwtExpiry, getAccessToken, getSessionEndReason, saveAccessToken } from './session';

describe('session', () => {
  it('reads the exp claim of a JWT', () => {
    expect(decodeJwtExpiry(fakeJwt({ exp: 1_900_000_000, name: 'Amélie Dubois' }))).toBe(1_900_000_000);
  });

  it('treats a malformed token or one without exp as unreadable', () => {
    expect(decodeJwtExpiry('not-a-jwt')).toBeNull();
    expect(decodeJwtExpiry('a.%%%.c')).toBeNull();
    expect(decodeJwtExpiry(fakeJwt({}))).toBeNull();
  });

  it('keeps a valid token in sessionStorage', () => {
    const token = validJwt();
    saveAccessToken(token);

    expect(getAccessToken()).toBe(token);
    expect(sessionStorage.getItem('parcours.accessToken')).toBe(token);
  });

  it('counts an expired token as logged out', () => {
    saveAccessToken(expiredJwt());

    expect(getAccessToken()).toBeNull();
  });

  it('forgets the token and remembers why when the session ends', () => {
    saveAccessToken(validJwt());
    clearSession('logout');

    expect(getAccessToken()).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(getSessionEndReason()).toBe('logout');
  });
});
