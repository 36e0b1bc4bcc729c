function base64Url(value: string): string {
  const bytes = new TextEncoder().encode(value);
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unsigned JWT-shaped token: the SPA only reads `exp`, it never verifies signatures. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const header = base64Url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64Url(JSON.stringify({ sub: 'agent.cripel', ...claims }));
  return `${header}.${payload}.c2lnbmF0dXJl`;
}

/** A token valid for `seconds` more seconds. */
export function validJwt(seconds = 900): string {
  return fakeJwt({ exp: Math.floor(Date.now() / 1000) + seconds });
}

export function expiredJwt(): string {
  return fakeJwt({ exp: Math.floor(Date.now() / 1000) - 60 });
}
