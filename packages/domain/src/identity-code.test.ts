import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCharacter, maskIdentityCode, parseIdentityCode, temporaryIdentityCode } from './identity-code';

describe('the personal identity code', () => {
  it('accepts the examples of DOMAIN.md', () => {
    expect(parseIdentityCode('010594Y9032')).toEqual({
      valid: true,
      code: '010594Y9032',
      dateOfBirth: '1994-05-01',
      temporary: true,
    });
    expect(parseIdentityCode('010516B903X')).toEqual({
      valid: true,
      code: '010516B903X',
      dateOfBirth: '2016-05-01',
      temporary: true,
    });
  });

  it.each([
    ['+', '1894'],
    ['-', '1994'],
    ['Y', '1994'],
    ['X', '1994'],
    ['W', '1994'],
    ['V', '1994'],
    ['U', '1994'],
    ['A', '2094'],
    ['B', '2094'],
    ['C', '2094'],
    ['D', '2094'],
    ['E', '2094'],
    ['F', '2094'],
  ])('reads the century sign %s as the year %s', (sign, year) => {
    const code = `010594${sign}903${checkCharacter('010594903')}`;
    const parsed = parseIdentityCode(code);
    expect(parsed).toMatchObject({ valid: true, dateOfBirth: `${year}-05-01` });
  });

  it('refuses a wrong check character', () => {
    expect(parseIdentityCode('010594Y9033')).toEqual({ valid: false, problem: 'checksum' });
    expect(parseIdentityCode('010516B903Y')).toEqual({ valid: false, problem: 'checksum' });
  });

  it('refuses impossible dates, bad signs, wrong lengths and individual numbers below 002', () => {
    expect(parseIdentityCode('310294Y9032')).toEqual({ valid: false, problem: 'date' });
    expect(parseIdentityCode('290201A9036').valid).toBe(false);
    expect(parseIdentityCode('010594G9032')).toEqual({ valid: false, problem: 'format' });
    expect(parseIdentityCode('010594Y903')).toEqual({ valid: false, problem: 'format' });
    expect(parseIdentityCode('')).toEqual({ valid: false, problem: 'format' });
    expect(parseIdentityCode(`010594-001${checkCharacter('010594001')}`)).toEqual({
      valid: false,
      problem: 'individual_number',
    });
  });

  it('accepts lower case and surrounding spaces, but nothing else loose', () => {
    expect(parseIdentityCode(' 010516b903x ')).toMatchObject({ valid: true, code: '010516B903X' });
  });

  it('knows leap days', () => {
    expect(parseIdentityCode(`290200A903${checkCharacter('290200903')}`)).toMatchObject({
      valid: true,
      dateOfBirth: '2000-02-29',
    });
    expect(parseIdentityCode(`290200-903${checkCharacter('290200903')}`)).toEqual({
      valid: false,
      problem: 'date',
    });
  });

  it('masks the individual number and keeps the check character', () => {
    expect(maskIdentityCode('010516B903X')).toBe('010516B***X');
  });

  it('makes valid temporary codes for any date from 1800 to 2099', () => {
    const dates = fc
      .date({
        min: new Date('1800-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.nat(1000), (date, serial) => {
        const parsed = parseIdentityCode(temporaryIdentityCode(date, serial));
        expect(parsed).toMatchObject({ valid: true, dateOfBirth: date, temporary: true });
      }),
    );
  });

  it('catches any single changed character', () => {
    fc.assert(
      fc.property(
        fc.nat(99),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 5 }),
        (serial, digit, position) => {
          const code = temporaryIdentityCode('2016-05-01', serial);
          const changed = code.slice(0, position) + String(digit) + code.slice(position + 1);
          fc.pre(changed !== code);
          expect(parseIdentityCode(changed).valid).toBe(false);
        },
      ),
    );
  });
});
