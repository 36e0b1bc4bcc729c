import { useSyncExternalStore } from 'react';

/**
 * The staff session: the API's access token kept in sessionStorage (one tab, gone when the tab
 * closes). A token whose `exp` has passed counts as no session.
 */
const STORAGE_KEY = 'parcours.accessToken';
/** Treat a token as expired slightly early, so a request never leaves with a dying token. */
const EXPIRY_LEEWAY_MS = 10_000;
/** setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMEOUT_MS = 2_147_483_647;

export type SessionEndReason = 'expired' | 'logout';

const listeners = new Set<() => void>();
let endReason: SessionEndReason | null = null;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=');
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The `exp` claim (seconds since the epoch) of a JWT, or null when it cannot be read. */
export function decodeJwtExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(base64UrlDecode(payload));
    if (claims === null || typeof claims !== 'object') return null;
    const exp = (claims as Record<string, unknown>).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : null;
  } catch {
    return null;
  }
}

/** Milliseconds the token stays usable; 0 or less once it has expired or has no readable `exp`. */
export function millisecondsUntilExpiry(token: string, now: number = Date.now()): number {
  const exp = decodeJwtExpiry(token);
  return exp === null ? 0 : exp * 1000 - EXPIRY_LEEWAY_MS - now;
}

export function isTokenExpired(token: string, now: number = Date.now()): boolean {
  return millisecondsUntilExpiry(token, now) <= 0;
}

/** The stored token while it is still valid, otherwise null. */
export function getAccessToken(): string | null {
  const token = storage()?.getItem(STORAGE_KEY) ?? null;
  return token !== null && !isTokenExpired(token) ? token : null;
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

export function saveAccessToken(token: string): void {
  storage()?.setItem(STORAGE_KEY, token);
  endReason = null;
  notify();
}

/** Ends the session; `reason` tells the login page what to say. */
export function clearSession(reason: SessionEndReason): void {
  storage()?.removeItem(STORAGE_KEY);
  endReason = reason;
  notify();
}

/** Why the last session ended, if it did in this page's lifetime. */
export function getSessionEndReason(): SessionEndReason | null {
  return endReason;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The valid access token, re-rendering when the session starts or ends. */
export function useAccessToken(): string | null {
  return useSyncExternalStore(subscribeToSession, getAccessToken, getAccessToken);
}

/** Delay before the session must end, clamped to what setTimeout accepts. */
export function expiryDelay(token: string, now: number = Date.now()): number {
  return Math.min(Math.max(millisecondsUntilExpiry(token, now), 0), MAX_TIMEOUT_MS);
}
