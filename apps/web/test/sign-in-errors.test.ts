import { describe, expect, it } from 'vitest';
import { oidcErrorCodes, oidcErrorKey, oidcErrorOf } from '../src/features/session/sign-in-errors';
import en from '../src/i18n/en.json';
import fi from '../src/i18n/fi.json';
import sv from '../src/i18n/sv.json';

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined,
      tree,
    );
}

describe("the sign-in page's ?error= from the identity service", () => {
  it('shows nothing without an error', () => {
    expect(oidcErrorOf(null)).toBeNull();
  });

  it('knows the three failures the server names', () => {
    expect(oidcErrorOf('oidc_failed')).toBe('oidc_failed');
    expect(oidcErrorOf('oidc_no_account')).toBe('oidc_no_account');
    expect(oidcErrorOf('oidc_inactive')).toBe('oidc_inactive');
  });

  it('reads anything else as the general failure, never as the value itself', () => {
    expect(oidcErrorOf('')).toBe('oidc_failed');
    expect(oidcErrorOf('OIDC_NO_ACCOUNT')).toBe('oidc_failed');
    expect(oidcErrorOf('<script>alert(1)</script>')).toBe('oidc_failed');
    expect(oidcErrorOf('toString')).toBe('oidc_failed');
  });

  it('gives each failure a message of its own', () => {
    const keys = oidcErrorCodes.map(oidcErrorKey);
    expect(new Set(keys).size).toBe(oidcErrorCodes.length);
  });

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ])('%s has words for every failure', (_, locale) => {
    for (const code of oidcErrorCodes) {
      const text = lookup(locale, oidcErrorKey(code));
      expect(typeof text === 'string' && text.trim().length > 0, `${code}`).toBe(true);
    }
  });
});
