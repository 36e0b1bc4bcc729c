/**
 * Attestation codes: 12 symbols of Crockford's base32 (digits and letters without I, L, O, U),
 * printed XXXX-XXXX-XXXX. Typed case-insensitively, dashes and spaces optional; as Crockford
 * decodes them, O is read as 0 and I or L as 1.
 */
const CODE = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/** The printed form of a typed code ("7k3m9qxr2b4t" → "7K3M-9QXR-2B4T"), or null if it is not one. */
export function normalizeAttestationCode(input: string): string | null {
  const symbols = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!CODE.test(symbols)) return null;
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}
