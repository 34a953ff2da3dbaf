import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRange, draftFromParams, paramsFromRange } from '../src/features/access-log/range';
import fi from '../src/i18n/fi.json';

beforeAll(async () => {
  // Field codes are recognised by their Finnish words, as in the app.
  await i18n.init({ lng: 'fi', resources: { fi: { translation: fi } } });
});

describe('the access log range', () => {
  it('leaves empty dates out, so the server shows its default two years', () => {
    expect(checkRange({ from: '', to: '' })).toEqual({ ok: true, range: {} });
    expect(checkRange({ from: '2025-01-01', to: '' })).toEqual({ ok: true, range: { from: '2025-01-01' } });
  });

  it('takes a range of one day', () => {
    expect(checkRange({ from: '2025-03-04', to: '2025-03-04' })).toEqual({
      ok: true,
      range: { from: '2025-03-04', to: '2025-03-04' },
    });
  });

  it('turns down an end before the start on the end date', () => {
    const check = checkRange({ from: '2025-03-05', to: '2025-03-04' });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.fields).toEqual({ to: 'invalid' });
  });

  it('turns down a date that does not exist', () => {
    const check = checkRange({ from: '2025-02-30', to: '' });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.fields).toEqual({ from: 'invalid_date' });
  });

  it('goes to and from the URL without empty parameters', () => {
    const draft = draftFromParams(new URLSearchParams('to=2025-12-31'));
    expect(draft).toEqual({ from: '', to: '2025-12-31' });
    const check = checkRange(draft);
    expect(check.ok && paramsFromRange(check.range)).toEqual({ to: '2025-12-31' });
  });
});
