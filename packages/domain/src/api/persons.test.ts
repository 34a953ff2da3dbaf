import { describe, expect, it } from 'vitest';
import { zPersonInput, zPersonSearch } from './persons';

const valid = { firstNames: 'Eetu', lastName: 'Mäki', dateOfBirth: '2016-05-01' };

function problems(input: unknown) {
  const result = zPersonInput.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the person form', () => {
  it('accepts the minimum and fills defaults', () => {
    const parsed = zPersonInput.parse(valid);
    expect(parsed).toMatchObject({
      languages: [],
      addressProtection: false,
      phone: null,
      streetAddress: null,
    });
    expect(parsed.identityCode ?? null).toBeNull();
  });

  it('names each problem with a translatable code', () => {
    expect(problems({ ...valid, firstNames: '  ' })).toEqual({ firstNames: 'required' });
    expect(problems({ ...valid, dateOfBirth: '2016-02-30' })).toEqual({ dateOfBirth: 'invalid_date' });
    expect(problems({ ...valid, dateOfBirth: '2999-01-01' })).toEqual({ dateOfBirth: 'date_in_future' });
    expect(problems({ ...valid, identityCode: '010516B903Y' })).toEqual({
      identityCode: 'invalid_identity_code',
    });
    expect(problems({ ...valid, identityCode: '010594Y9032' })).toEqual({
      identityCode: 'identity_code_date_mismatch',
    });
    expect(problems({ ...valid, email: 'not-an-address' })).toEqual({ email: 'invalid_email' });
    expect(problems({ ...valid, lastName: 'x'.repeat(101) })).toEqual({ lastName: 'too_long' });
  });

  it('takes an identity code in any case and an empty one as none', () => {
    expect(zPersonInput.parse({ ...valid, identityCode: '010516b903x' }).identityCode).toBe('010516B903X');
    expect(zPersonInput.parse({ ...valid, identityCode: '' }).identityCode).toBeNull();
  });
});

describe('the person search', () => {
  it('needs at least one criterion', () => {
    expect(zPersonSearch.safeParse({}).success).toBe(false);
    expect(zPersonSearch.safeParse({ name: ' ' }).success).toBe(false);
    expect(zPersonSearch.safeParse({ name: '%-' }).success).toBe(false);
    expect(zPersonSearch.safeParse({ dateOfBirth: '2016-05-01' }).success).toBe(true);
  });
});
