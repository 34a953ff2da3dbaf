import {
  accessBases,
  accessLogActions,
  accessLogRecords,
  actionStatuses,
  agendaItemStatuses,
  agendaModes,
  attendanceValues,
  casePhases,
  caseStatuses,
  clientChoices,
  clockStates,
  closingReasons,
  concernPerspectives,
  concernZones,
  consentMethods,
  consentPurposes,
  consentStatuses,
  errorCodes,
  eventSignificances,
  familyRoles,
  fieldErrorCodes,
  goalAttainmentScores,
  groupKinds,
  languageCodes,
  legalBases,
  levelsOfWork,
  lifeEventKinds,
  meetingSettings,
  meetingStatuses,
  meetingTypes,
  memberKinds,
  networkSectors,
  noteSections,
  noteStatuses,
  phaseChangeRefusals,
  phaseChangeWarnings,
  referralOutStatuses,
  referralSources,
  referralStatuses,
  referralUrgencies,
  registers,
  relationshipQualities,
  reviewDecisions,
  reviewVerdicts,
  riskFactors,
  serviceDomains,
  serviceTypes,
  summaryKinds,
  summaryLanguages,
  summarySections,
  summaryStatuses,
  supportDirections,
  teamMeetingStatuses,
  userRoles,
  zoneGuidance,
} from '@verkosto/domain';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import fi from '../src/i18n/fi.json';
import sv from '../src/i18n/sv.json';

type Tree = { [key: string]: string | Tree };

const locales: Record<string, Tree> = { fi, sv, en };

/** Every leaf as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? leaves(value, path) : [[path, value]];
  });
}

function lookup(tree: Tree, path: string): unknown {
  let current: unknown = tree;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Tree)[part];
  }
  return current;
}

const enumLabels: [string, readonly string[]][] = [
  ['enums.serviceType', serviceTypes],
  ['enums.casePhase', casePhases],
  ['enums.caseStatus', caseStatuses],
  ['enums.familyRole', familyRoles],
  ['enums.closingReason', closingReasons],
  ['enums.userRole', userRoles],
  ['enums.serviceDomain', serviceDomains],
  ['enums.register', registers],
  ['enums.language', languageCodes],
  ['enums.accessBasis', accessBases],
  ['enums.legalBasis', legalBases],
  ['enums.legalBasisLaw', legalBases],
  ['enums.reviewVerdict', reviewVerdicts],
  ['reviews.form.verdictHint', reviewVerdicts],
  ['enums.consentPurpose', consentPurposes],
  ['enums.consentMethod', consentMethods],
  ['enums.consentStatus', consentStatuses],
  ['enums.giverRole', ['client', 'guardian']],
  ['enums.networkSector', networkSectors],
  ['enums.memberKind', memberKinds],
  ['enums.relationshipQuality', relationshipQualities],
  ['enums.supportDirection', supportDirections],
  ['enums.clientChoice', clientChoices],
  ['enums.actionStatus', actionStatuses],
  ['enums.goalAttainment', goalAttainmentScores.map(String)],
  ['enums.concernZone', concernZones],
  ['enums.concernZoneMeaning', concernZones],
  ['enums.concernPerspective', concernPerspectives],
  ['enums.levelOfWork', levelsOfWork],
  ['enums.groupKind', groupKinds],
  ['enums.riskFactor', riskFactors],
  ['concerns.trend.axis', concernZones],
  ['concerns.guidance', [...new Set(Object.values(zoneGuidance).flat())]],
  ['enums.meetingType', meetingTypes],
  ['enums.meetingSetting', meetingSettings],
  ['enums.meetingStatus', meetingStatuses],
  ['enums.attendance', attendanceValues],
  ['enums.noteStatus', noteStatuses],
  ['enums.noteSection', noteSections],
  ['meetings.note.sectionHint', noteSections],
  ['enums.lifeEventKind', lifeEventKinds],
  ['enums.eventSignificance', eventSignificances],
  ['timeline.legend', eventSignificances],
  ['timeline.form.significanceDetail', eventSignificances],
  ['network.ringOption', ['1', '2', '3', 'outside']],
  ['network.ringShort', ['1', '2', '3', 'outside']],
  ['accessLog.basis', accessBases],
  ['accessLog.action', accessLogActions],
  ['accessLog.record', accessLogRecords],
  ['enums.summaryKind', summaryKinds],
  ['enums.summaryStatus', summaryStatuses],
  ['enums.summarySection', summarySections],
  ['summaries.sectionHint', summarySections],
  ['enums.language', summaryLanguages],
  ['process.clockState', clockStates],
  ['process.decision', reviewDecisions],
  ['process.decisionHint', reviewDecisions],
  ['process.refusal', phaseChangeRefusals],
  ['process.warning', phaseChangeWarnings],
  ['process.history.warning', phaseChangeWarnings],
  ['enums.referralSource', referralSources],
  ['enums.referralUrgency', referralUrgencies],
  ['enums.referralStatus', referralStatuses],
  ['enums.referralOutStatus', referralOutStatuses],
  ['referrals.send.urgencyHint', referralUrgencies],
  ['enums.agendaMode', agendaModes],
  ['enums.agendaItemStatus', agendaItemStatuses],
  ['enums.teamMeetingStatus', teamMeetingStatuses],
  ['teams.bring.modeDetail', agendaModes],
  ['errors.code', errorCodes],
  ['errors.code', ['network_error']],
  ['errors.field', fieldErrorCodes],
];

describe('locale files', () => {
  const fiKeys = leaves(fi)
    .map(([key]) => key)
    .sort();

  it.each(['sv', 'en'])('%s has exactly the keys of fi', (language) => {
    const keys = leaves(locales[language] as Tree)
      .map(([key]) => key)
      .sort();
    expect(keys).toEqual(fiKeys);
  });

  it.each(Object.keys(locales))('%s has no empty or non-text values', (language) => {
    const bad = leaves(locales[language] as Tree).filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(bad).toEqual([]);
  });

  it.each(Object.keys(locales))('%s keeps every {{placeholder}} of fi', (language) => {
    const placeholders = (text: unknown) =>
      typeof text === 'string' ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort() : [];
    const differing = leaves(fi).filter(([key, value]) => {
      // Plural forms may leave the number out ("the first person").
      if (/_(one|other)$/.test(key)) return false;
      return placeholders(value).join() !== placeholders(lookup(locales[language] as Tree, key)).join();
    });
    expect(differing).toEqual([]);
  });

  describe.each(enumLabels)('%s', (prefix, values) => {
    it.each(Object.keys(locales))('has a label for every value in %s', (language) => {
      const missing = values.filter((value) => {
        const label = lookup(locales[language] as Tree, `${prefix}.${value}`);
        return typeof label !== 'string' || label.trim() === '';
      });
      expect(missing).toEqual([]);
    });
  });
});
