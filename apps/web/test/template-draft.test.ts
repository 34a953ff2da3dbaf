import { familyWorkTemplate, type TemplateView, zProcessTemplate } from '@verkosto/domain';
import { describe, expect, it } from 'vitest';
import { fromIssues } from '../src/components/form-errors';
import { bodyOf, clockKeyOf, draftOf, emptyClock, phasesOf } from '../src/features/templates/template-draft';

const view: TemplateView = {
  id: '00000000-0000-4000-8000-000000000001',
  version: 1,
  template: familyWorkTemplate,
  createdAt: '2026-01-01T10:00:00Z',
  createdBy: null,
};

describe('the process template form', () => {
  it('sends back the template it was given, unchanged', () => {
    const body = bodyOf(draftOf(view));
    expect(zProcessTemplate.parse(body)).toEqual(familyWorkTemplate);
  });

  it('keeps the phases in the process order and the fixed ones always in', () => {
    expect(phasesOf({ phases: ['active_work', 'intake'] })).toEqual([
      'referral',
      'intake',
      'active_work',
      'closed',
    ]);
  });

  it('reads a minimum above the maximum as a problem of the maximum', () => {
    const draft = { ...draftOf(view), min: '6', max: '4' };
    const parsed = zProcessTemplate.safeParse(bodyOf(draft));
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(fromIssues(parsed.error.issues, bodyOf(draft)).fields).toEqual({
        'assessmentMeetings.max': 'invalid',
      });
    }
  });

  it('calls an empty number missing and letters invalid, on the unit chosen', () => {
    const draft = draftOf(view);
    const months = { ...emptyClock(), label: 'Jotain', source: 'Laki 1 §', unit: 'months' as const };
    draft.clocks = [
      { ...draft.clocks[0]!, amount: '' },
      { ...months, amount: 'kolme', metByPhase: 'intake' },
    ];
    const body = bodyOf(draft);
    const parsed = zProcessTemplate.safeParse(body);
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(fromIssues(parsed.error.issues, body).fields).toEqual({
        'clocks.0.workingDays': 'required',
        'clocks.1.months': 'invalid',
      });
    }
  });

  it('gives an added clock a key from its label that no other clock has', () => {
    const draft = draftOf(view);
    draft.clocks.push(
      { ...emptyClock(), label: 'Päätös tehty', source: 'Laki', amount: '10', metByPhase: 'intake' },
      { ...emptyClock(), label: 'Päätös tehty', source: 'Laki', amount: '12', metByPhase: 'intake' },
    );
    const parsed = zProcessTemplate.parse(bodyOf(draft));
    expect(parsed.clocks.map((c) => c.key)).toEqual([
      'assessment_started',
      'assessment_finished',
      'paatos_tehty',
      'paatos_tehty_2',
    ]);
  });

  it('makes a valid key of any label', () => {
    const taken = new Set<string>();
    for (const label of ['', '36 §', 'Å', 'x'.repeat(200), 'Hoitotakuu – 3 kk']) {
      expect(clockKeyOf(label, taken)).toMatch(/^[a-z][a-z0-9_]{1,40}$/);
    }
    expect(clockKeyOf('Hoitotakuu – 3 kk', taken)).toBe('hoitotakuu_3_kk');
    expect(clockKeyOf('36 §', taken)).toBe('clock_36');
  });
});
