import type { LevelOfWork, RiskFactor } from '@verkosto/domain';

/** The fictional county's service directory: where a family can be guided, and for which risks. */
export const demoDirectory: {
  name: string;
  kind: string;
  contact: string;
  level: LevelOfWork;
  riskFactors: RiskFactor[];
}[] = [
  {
    name: 'Aikuisten mielenterveyspalvelut',
    kind: 'Terveyspalvelu',
    contact: 'Ajanvaraus 0800 555 020, arkisin 8–16',
    level: 'corrective',
    riskFactors: ['parent_mental_health', 'parent_exhaustion'],
  },
  {
    name: 'Päihdepalvelut (A-klinikka)',
    kind: 'Sosiaali- ja terveyspalvelu',
    contact: 'Neuvonta 0800 555 030',
    level: 'corrective',
    riskFactors: ['parent_substance_use'],
  },
  {
    name: 'Ensi- ja turvakoti',
    kind: 'Järjestö',
    contact: 'Päivystys 0800 555 040 (24/7)',
    level: 'corrective',
    riskFactors: ['violence', 'relationship_conflict'],
  },
  {
    name: 'Talous- ja velkaneuvonta',
    kind: 'Valtion palvelu',
    contact: 'Neuvonta 0800 555 050',
    level: 'preventive',
    riskFactors: ['financial_stress', 'housing'],
  },
  {
    name: 'Perhekahvila Satakieli',
    kind: 'Avoin kohtaamispaikka',
    contact: 'Perhekeskus, tiistaisin ja torstaisin 9–12',
    level: 'promotive',
    riskFactors: ['isolation', 'parent_exhaustion'],
  },
  {
    name: 'Isä–lapsi-ryhmä',
    kind: 'Ryhmätoiminta',
    contact: 'Perhekeskus, ilmoittautuminen 0800 555 060',
    level: 'preventive',
    riskFactors: ['isolation', 'relationship_conflict'],
  },
  {
    name: 'Koulun oppilashuolto',
    kind: 'Opiskeluhuolto',
    contact: 'Koulukuraattori ja koulupsykologi koulun kautta',
    level: 'preventive',
    riskFactors: ['school_difficulties', 'child_symptoms'],
  },
];
