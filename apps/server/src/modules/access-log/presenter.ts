import {
  type AccessBasis,
  type AccessLogEntry,
  accessBases,
  accessLogActions,
  accessLogRecords,
  helsinkiDate,
  type LegalBasis,
  legalBases,
  type UserRole,
  userRoles,
} from '@verkosto/domain';
import type { accessesOfPerson } from './repository';

type Row = Awaited<ReturnType<typeof accessesOfPerson>>[number];

const isRole = (value: string | null): value is UserRole =>
  (userRoles as readonly (string | null)[]).includes(value);
const isBasis = (value: string | null): value is AccessBasis =>
  (accessBases as readonly (string | null)[]).includes(value);
const isLegalBasis = (value: string | null): value is LegalBasis =>
  (legalBases as readonly (string | null)[]).includes(value);
type Action = AccessLogEntry['action'];
const isAction = (value: string): value is Action => (accessLogActions as readonly string[]).includes(value);
type RecordKind = AccessLogEntry['record'];
const isRecord = (value: string): value is RecordKind =>
  (accessLogRecords as readonly string[]).includes(value);

/** One line of the person's access log: the date only, and the worker's name only for admins. */
export function presentEntry(row: Row, namesShown: boolean): AccessLogEntry | null {
  if (!isBasis(row.basis) || !isAction(row.action) || !isRecord(row.record)) return null;
  return {
    on: helsinkiDate(row.at),
    organisation: row.organisation,
    unit: row.unit,
    role: isRole(row.role) ? row.role : null,
    worker: namesShown ? row.worker : null,
    action: row.action,
    record: row.record,
    basis: row.basis,
    legalBasis: isLegalBasis(row.legalBasis) ? row.legalBasis : null,
  };
}

const CSV_HEADER = [
  'date',
  'organisation',
  'unit',
  'role',
  'worker',
  'action',
  'record',
  'basis',
  'legal_basis',
];

function csvCell(value: string | null): string {
  const text = value ?? '';
  // Quotes always; a leading = + - @ is defused so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function toCsv(entries: AccessLogEntry[]): string {
  const lines = entries.map((e) =>
    [e.on, e.organisation, e.unit, e.role, e.worker, e.action, e.record, e.basis, e.legalBasis]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}
