import type { MeetingSetting, MeetingType } from './api/meetings';
import type { SummaryKind, SummaryLanguage, SummarySection } from './api/summaries';
import type { ConcernPerspective, ConcernZone } from './concern';

/**
 * The words a summary is drafted and printed with, in the three languages a county writes in. The
 * web app has its own translations; these travel with the summary into its text and its PDF.
 */
export interface SummaryWords {
  title: Record<SummaryKind, string>;
  sections: Record<SummarySection, string>;
  meetingTypes: Record<MeetingType, string>;
  settings: Record<MeetingSetting, string>;
  zones: Record<ConcernZone, string>;
  perspectives: Record<ConcernPerspective, string>;
  period: string;
  client: string;
  unit: string;
  preparedBy: string;
  signedBy: string;
  draft: string;
  page: string;
  meetingsHeld: (n: number) => string;
  networkChange: (start: number | null, now: number, snapshots: number) => string;
  concernLine: (perspective: string, first: string, latest: string, ratings: number) => string;
  noConcern: string;
  planLine: (versions: number, latest: number | null) => string;
  goalLine: (title: string, rating: number | null) => string;
  guidanceLine: (service: string, on: string) => string;
  noGuidance: string;
}

const fi: SummaryWords = {
  title: { period: 'Kausiyhteenveto', final: 'Loppuarviointi' },
  sections: {
    meetings: 'Tapaamiset',
    network: 'Verkosto',
    concern: 'Huolen arviointi',
    plan: 'Suunnitelma ja tavoitteet',
    guidance: 'Ohjaus muihin palveluihin',
    evaluation: 'Arvio työskentelystä',
    nextSteps: 'Jatko',
  },
  meetingTypes: {
    intake: 'aloitustapaaminen',
    assessment_visit: 'arviointikäynti',
    home_visit: 'kotikäynti',
    network_meeting: 'verkostopalaveri',
    client_meeting: 'asiakastapaaminen',
    phone_call: 'puhelu',
    remote_meeting: 'etätapaaminen',
    group_session: 'ryhmäkerta',
  },
  settings: {
    home: 'kotona',
    familiar_place: 'muussa tutussa paikassa',
    office: 'toimistolla',
    remote: 'etänä',
    phone: 'puhelimessa',
  },
  zones: {
    zone_1: 'ei huolta',
    zone_2: 'pieni huoli',
    zone_3_lower: 'tuntuva huoli (alempi)',
    zone_3_upper: 'tuntuva huoli (ylempi)',
    zone_4: 'suuri huoli',
  },
  perspectives: {
    worker: 'työntekijä',
    client: 'asiakas',
    guardian: 'huoltaja',
    child: 'lapsi',
    network_member: 'verkoston jäsen',
  },
  period: 'Ajanjakso',
  client: 'Asiakas',
  unit: 'Yksikkö',
  preparedBy: 'Laatija',
  signedBy: 'Allekirjoittanut',
  draft: 'LUONNOS – ei allekirjoitettu',
  page: 'Sivu',
  meetingsHeld: (n) => `Ajanjaksolla tavattiin ${n} kertaa.`,
  networkChange: (start, now, snapshots) =>
    `${start === null ? `Verkostossa on nyt ${now} jäsentä. ` : `Verkostossa oli jakson alussa ${start} jäsentä, nyt ${now}. `}Verkostokartta tallennettiin ${snapshots} kertaa.`,
  concernLine: (p, first, latest, n) => `${p}: ${first} → ${latest} (${n} arviota)`,
  noConcern: 'Huolta ei arvioitu ajanjaksolla.',
  planLine: (v, latest) =>
    `Suunnitelmasta tehtiin ${v} uutta versiota${latest === null ? '' : `; voimassa on versio ${latest}`}.`,
  goalLine: (title, r) =>
    `${title}: ${r === null ? 'ei vielä arvioitu' : `tavoitteen saavuttaminen ${r > 0 ? '+' : ''}${r}`}`,
  guidanceLine: (s, on) => `${s} (${on})`,
  noGuidance: 'Ajanjaksolla ei ohjattu muihin palveluihin.',
};

const sv: SummaryWords = {
  title: { period: 'Periodsammanfattning', final: 'Slutbedömning' },
  sections: {
    meetings: 'Möten',
    network: 'Nätverket',
    concern: 'Bedömning av oro',
    plan: 'Plan och mål',
    guidance: 'Hänvisning till andra tjänster',
    evaluation: 'Bedömning av arbetet',
    nextSteps: 'Fortsättning',
  },
  meetingTypes: {
    intake: 'inledande möte',
    assessment_visit: 'bedömningsbesök',
    home_visit: 'hembesök',
    network_meeting: 'nätverksmöte',
    client_meeting: 'klientmöte',
    phone_call: 'telefonsamtal',
    remote_meeting: 'distansmöte',
    group_session: 'gruppträff',
  },
  settings: {
    home: 'hemma',
    familiar_place: 'på en annan bekant plats',
    office: 'på kontoret',
    remote: 'på distans',
    phone: 'per telefon',
  },
  zones: {
    zone_1: 'ingen oro',
    zone_2: 'liten oro',
    zone_3_lower: 'betydande oro (lägre)',
    zone_3_upper: 'betydande oro (högre)',
    zone_4: 'stor oro',
  },
  perspectives: {
    worker: 'arbetstagare',
    client: 'klient',
    guardian: 'vårdnadshavare',
    child: 'barn',
    network_member: 'nätverksmedlem',
  },
  period: 'Period',
  client: 'Klient',
  unit: 'Enhet',
  preparedBy: 'Upprättad av',
  signedBy: 'Undertecknad av',
  draft: 'UTKAST – inte undertecknat',
  page: 'Sida',
  meetingsHeld: (n) => `Under perioden träffades vi ${n} gånger.`,
  networkChange: (start, now, snapshots) =>
    `${start === null ? `Nätverket har nu ${now} medlemmar. ` : `Nätverket hade ${start} medlemmar i början av perioden, nu ${now}. `}Nätverkskartan sparades ${snapshots} gånger.`,
  concernLine: (p, first, latest, n) => `${p}: ${first} → ${latest} (${n} bedömningar)`,
  noConcern: 'Oron bedömdes inte under perioden.',
  planLine: (v, latest) =>
    `Planen fick ${v} nya versioner${latest === null ? '' : `; version ${latest} gäller`}.`,
  goalLine: (title, r) =>
    `${title}: ${r === null ? 'inte bedömt ännu' : `måluppfyllelse ${r > 0 ? '+' : ''}${r}`}`,
  guidanceLine: (s, on) => `${s} (${on})`,
  noGuidance: 'Ingen hänvisning till andra tjänster under perioden.',
};

const en: SummaryWords = {
  title: { period: 'Period summary', final: 'Final evaluation' },
  sections: {
    meetings: 'Meetings',
    network: 'The network',
    concern: 'Concern',
    plan: 'Plan and goals',
    guidance: 'Guidance to other services',
    evaluation: 'How the work went',
    nextSteps: 'What happens next',
  },
  meetingTypes: {
    intake: 'intake meeting',
    assessment_visit: 'assessment visit',
    home_visit: 'home visit',
    network_meeting: 'network meeting',
    client_meeting: 'client meeting',
    phone_call: 'phone call',
    remote_meeting: 'remote meeting',
    group_session: 'group session',
  },
  settings: {
    home: 'at home',
    familiar_place: 'in another familiar place',
    office: 'at the office',
    remote: 'remotely',
    phone: 'by phone',
  },
  zones: {
    zone_1: 'no concern',
    zone_2: 'slight concern',
    zone_3_lower: 'considerable concern (lower)',
    zone_3_upper: 'considerable concern (upper)',
    zone_4: 'serious concern',
  },
  perspectives: {
    worker: 'worker',
    client: 'client',
    guardian: 'guardian',
    child: 'child',
    network_member: 'network member',
  },
  period: 'Period',
  client: 'Client',
  unit: 'Unit',
  preparedBy: 'Prepared by',
  signedBy: 'Signed by',
  draft: 'DRAFT – not signed',
  page: 'Page',
  meetingsHeld: (n) => `We met ${n} times during the period.`,
  networkChange: (start, now, snapshots) =>
    `${start === null ? `The network now has ${now} members. ` : `The network had ${start} members when the period began and has ${now} now. `}The network map was saved ${snapshots} times.`,
  concernLine: (p, first, latest, n) => `${p}: ${first} → ${latest} (${n} ratings)`,
  noConcern: 'Concern was not rated during the period.',
  planLine: (v, latest) =>
    `The plan got ${v} new versions${latest === null ? '' : `; version ${latest} is in force`}.`,
  goalLine: (title, r) =>
    `${title}: ${r === null ? 'not rated yet' : `goal attainment ${r > 0 ? '+' : ''}${r}`}`,
  guidanceLine: (s, on) => `${s} (${on})`,
  noGuidance: 'No guidance to other services during the period.',
};

export const summaryWords: Record<SummaryLanguage, SummaryWords> = { fi, sv, en };
