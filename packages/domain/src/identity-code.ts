// Finnish personal identity code (henkilötunnus): DDMMYY, century sign, NNN, check character.
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY_BY_SIGN: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const PATTERN = /^(\d{2})(\d{2})(\d{2})([-+YXWVUABCDEF])(\d{3})([0-9A-Y])$/;

export type IdentityCodeProblem = 'format' | 'date' | 'individual_number' | 'checksum';

export type IdentityCodeResult =
  | { valid: true; code: string; dateOfBirth: string; temporary: boolean }
  | { valid: false; problem: IdentityCodeProblem };

export function checkCharacter(nineDigits: string): string {
  return CHECK_CHARS[Number(nineDigits) % 31] as string;
}

/** Normalises case and surrounding spaces; everything else must already be exact. */
export function normaliseIdentityCode(input: string): string {
  return input.trim().toUpperCase();
}

export function parseIdentityCode(input: string): IdentityCodeResult {
  const code = normaliseIdentityCode(input);
  const match = PATTERN.exec(code);
  if (!match) return { valid: false, problem: 'format' };
  const [, dd, mm, yy, sign, nnn, check] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const century = CENTURY_BY_SIGN[sign];
  if (century === undefined) return { valid: false, problem: 'format' };
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { valid: false, problem: 'date' };
  }
  const individual = Number(nnn);
  if (individual < 2) return { valid: false, problem: 'individual_number' };
  if (checkCharacter(`${dd}${mm}${yy}${nnn}`) !== check) return { valid: false, problem: 'checksum' };
  return {
    valid: true,
    code,
    dateOfBirth: `${String(year).padStart(4, '0')}-${mm}-${dd}`,
    temporary: individual >= 900,
  };
}

export function isValidIdentityCode(input: string): boolean {
  return parseIdentityCode(input).valid;
}

/** `010516B903X` → `010516B***X`: the date part and check character stay, the individual number is hidden. */
export function maskIdentityCode(code: string): string {
  return `${code.slice(0, 7)}***${code.slice(10)}`;
}

const SIGN_FOR_CENTURY: Record<number, string> = { 1800: '+', 1900: '-', 2000: 'A' };

/** Builds a valid code in the temporary range 900–999 for fictional people (demo and bench data). */
export function temporaryIdentityCode(dateOfBirth: string, serial: number): string {
  const [y, m, d] = dateOfBirth.split('-') as [string, string, string];
  const year = Number(y);
  const century = Math.floor(year / 100) * 100;
  const sign = SIGN_FOR_CENTURY[century];
  if (!sign) throw new Error('year out of range');
  const nnn = String(900 + (serial % 100)).padStart(3, '0');
  const yy = y.slice(2);
  return `${d}${m}${yy}${sign}${nnn}${checkCharacter(`${d}${m}${yy}${nnn}`)}`;
}
