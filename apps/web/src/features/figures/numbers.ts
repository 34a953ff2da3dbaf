/**
 * Numbers of the figures page in the reader's language: a median of days may be a half (3,5 in
 * Finnish and Swedish, 3.5 in English), a share is a whole per cent.
 */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** The share as a whole per cent, 0 when there is nothing to share. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** "50 %" in Finnish and Swedish, "50%" in English, with the language's own spacing. */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}
