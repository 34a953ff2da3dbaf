import { type SummarySection, type SummaryTexts, summarySections } from '@verkosto/domain';

/** Sections whose text differs between two versions. */
export function changedSections(a: SummaryTexts, b: SummaryTexts): SummarySection[] {
  return summarySections.filter((s) => a[s] !== b[s]);
}

/**
 * After loading someone else's version over the worker's unsaved text: the worker's own text of each
 * section where it differs from theirs, to show beside the field and take back. Null when nothing differs.
 */
export function keptText(mine: SummaryTexts, theirs: SummaryTexts): Partial<SummaryTexts> | null {
  const kept: Partial<SummaryTexts> = {};
  for (const s of summarySections) {
    if (mine[s].trim() !== '' && mine[s].trim() !== theirs[s].trim()) kept[s] = mine[s];
  }
  return Object.keys(kept).length > 0 ? kept : null;
}
