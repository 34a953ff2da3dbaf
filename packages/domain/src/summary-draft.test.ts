import { describe, expect, it } from 'vitest';
import type { SummaryFacts } from './api/summaries';
import { decidePurchaserRead, purchaserMayReceiveSummaries } from './purchaser-policy';
import { draftSummaryTexts } from './summary-draft';

const facts: SummaryFacts = {
  meetings: {
    held: 4,
    byType: { assessment_visit: 3, network_meeting: 1 },
    bySetting: { home: 3, office: 1 },
  },
  network: { membersAtStart: 5, membersNow: 7, snapshots: 2 },
  concern: [{ perspective: 'worker', first: 'zone_3_upper', latest: 'zone_2', ratings: 3 }],
  plan: { versions: 2, latestVersionNo: 3, goals: [{ title: 'Aamut sujuvat', latestRating: 1 }] },
  guidance: [{ service: 'Perheneuvola', givenOn: '2026-11-02' }],
};

describe('a summary draft', () => {
  it('writes each section from the record in Finnish, leaving the evaluation to the worker', () => {
    const texts = draftSummaryTexts(facts, 'fi');

    expect(texts.meetings).toBe(
      'Ajanjaksolla tavattiin 4 kertaa.\n- arviointikäynti: 3\n- verkostopalaveri: 1\n- kotona: 3\n- toimistolla: 1',
    );
    expect(texts.network).toBe(
      'Verkostossa oli jakson alussa 5 jäsentä, nyt 7. Verkostokartta tallennettiin 2 kertaa.',
    );
    expect(texts.concern).toBe('työntekijä: tuntuva huoli (ylempi) → pieni huoli (3 arviota)');
    expect(texts.plan).toContain('- Aamut sujuvat: tavoitteen saavuttaminen +1');
    expect(texts.guidance).toBe('- Perheneuvola (2.11.2026)');
    expect(texts.evaluation).toBe('');
    expect(texts.nextSteps).toBe('');
  });

  it('says so when nothing was recorded, in Swedish and English too', () => {
    const empty: SummaryFacts = {
      meetings: { held: 0, byType: {}, bySetting: {} },
      network: { membersAtStart: null, membersNow: 0, snapshots: 0 },
      concern: [],
      plan: { versions: 0, latestVersionNo: null, goals: [] },
      guidance: [],
    };

    expect(draftSummaryTexts(empty, 'sv')).toMatchObject({
      meetings: 'Under perioden träffades vi 0 gånger.',
      concern: 'Oron bedömdes inte under perioden.',
      guidance: 'Ingen hänvisning till andra tjänster under perioden.',
    });
    expect(draftSummaryTexts(empty, 'en').network).toBe(
      'The network now has 0 members. The network map was saved 0 times.',
    );
  });
});

describe('the purchaser rule', () => {
  const purchaser = { userId: 'p', role: 'purchaser' as const, organisationId: 'county', unitIds: [] };
  const consent = {
    purpose: 'receive_summaries',
    recipientOrganisationId: 'county',
    validFrom: '2026-11-01',
    validTo: '2027-05-31',
    withdrawnAt: null,
  };
  const bought = { purchaserOrganisationId: 'county', consents: [consent] };

  it('sends summaries only under a consent in force to the purchasing organisation', () => {
    expect(purchaserMayReceiveSummaries('county', [consent], '2026-11-22')).toBe(true);
    expect(purchaserMayReceiveSummaries('county', [consent], '2027-06-01')).toBe(false);
    expect(
      purchaserMayReceiveSummaries('county', [{ ...consent, withdrawnAt: '2026-11-20' }], '2026-11-22'),
    ).toBe(false);
    expect(purchaserMayReceiveSummaries('county', [{ ...consent, purpose: 'see_plan' }], '2026-11-22')).toBe(
      false,
    );
    expect(
      purchaserMayReceiveSummaries('county', [{ ...consent, recipientOrganisationId: 'city' }], '2026-11-22'),
    ).toBe(false);
    expect(purchaserMayReceiveSummaries(null, [consent], '2026-11-22')).toBe(false);
  });

  it('opens a signed summary of a bought case to its purchaser, and nothing to anyone else', () => {
    expect(decidePurchaserRead(purchaser, bought, { kind: 'summary', signed: true }, '2026-11-22')).toEqual({
      allowed: true,
      basis: 'purchaser',
    });
    expect(
      decidePurchaserRead(purchaser, bought, { kind: 'summary', signed: false }, '2026-11-22').allowed,
    ).toBe(false);
    expect(
      decidePurchaserRead(purchaser, { ...bought, consents: [] }, { kind: 'case' }, '2026-11-22').allowed,
    ).toBe(true);
    expect(
      decidePurchaserRead({ ...purchaser, organisationId: 'city' }, bought, { kind: 'case' }, '2026-11-22')
        .allowed,
    ).toBe(false);
    expect(
      decidePurchaserRead(
        { ...purchaser, role: 'worker' },
        bought,
        { kind: 'summary', signed: true },
        '2026-11-22',
      ).allowed,
    ).toBe(false);
  });
});
