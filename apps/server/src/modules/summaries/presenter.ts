import type { SummaryView } from '@verkosto/domain';
import { zSummaryFacts, zSummaryTexts } from '@verkosto/domain';
import type { SummaryRow } from './repository';

export function presentSummary(
  row: SummaryRow,
  extra: { purchaserConsent: boolean; canEdit: boolean; client: string },
): SummaryView {
  const s = row.summary;
  return {
    id: s.id,
    caseId: s.caseId,
    client: extra.client,
    kind: s.kind === 'final' ? 'final' : 'period',
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    language: s.language === 'sv' ? 'sv' : s.language === 'en' ? 'en' : 'fi',
    sections: zSummaryTexts.parse(s.sections),
    facts: zSummaryFacts.parse(s.facts),
    status: s.status === 'signed' ? 'signed' : 'draft',
    version: s.version,
    createdBy: row.createdBy,
    createdAt: s.createdAt.toISOString(),
    signedBy: row.signedBy,
    signedAt: s.signedAt?.toISOString() ?? null,
    purchaserConsent: extra.purchaserConsent,
    canEdit: extra.canEdit && s.status === 'draft',
  };
}

export function presentListItem(row: SummaryRow, purchaserConsent: boolean) {
  const v = presentSummary(row, { purchaserConsent, canEdit: false, client: '' });
  return {
    id: v.id,
    kind: v.kind,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    status: v.status,
    signedAt: v.signedAt,
    signedBy: v.signedBy,
    purchaserConsent: v.purchaserConsent,
  };
}
