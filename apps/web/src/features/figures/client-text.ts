import type { CaseSummary } from '@verkosto/domain';
import type { TFunction } from 'i18next';
import { listName } from '../../components/names';

/** The client of a case in words, for a button's name or a sentence: the person, else the family. */
export function clientText(subject: CaseSummary['subject'], t: TFunction): string {
  if (subject.person) return listName(subject.person);
  if (subject.family) return subject.family.name;
  return t('cases.noClient');
}
