import { type CasePhase, casePhases, type ServiceType, type TemplateView } from '@verkosto/domain';

/** Every template starts at the referral and ends closed; the admin chooses the phases between. */
export const fixedPhases: readonly CasePhase[] = ['referral', 'closed'];
export const optionalPhases: readonly CasePhase[] = casePhases.filter((p) => !fixedPhases.includes(p));

export type DeadlineUnit = 'workingDays' | 'months';
export const deadlineUnits: readonly DeadlineUnit[] = ['workingDays', 'months'];

export interface ClockDraft {
  /** For React only: stays with the row while rows are added and removed. */
  uid: string;
  /** The stored key; null for a clock added in this form, which gets one from its label on save. */
  key: string | null;
  label: string;
  source: string;
  unit: DeadlineUnit;
  amount: string;
  metByPhase: CasePhase | null;
}

/** The template form as the admin leaves it: numbers as typed, choices not yet made as null. */
export interface TemplateDraft {
  serviceType: ServiceType;
  phases: CasePhase[];
  min: string;
  max: string;
  reviewWeeks: string;
  summaryWeeks: string;
  clocks: ClockDraft[];
}

let uids = 0;
const nextUid = () => {
  uids += 1;
  return `clock-${uids}`;
};

export function draftOf(view: TemplateView): TemplateDraft {
  const t = view.template;
  return {
    serviceType: t.serviceType,
    phases: optionalPhases.filter((p) => t.phases.includes(p)),
    min: String(t.assessmentMeetings.min),
    max: String(t.assessmentMeetings.max),
    reviewWeeks: String(t.reviewIntervalWeeks),
    summaryWeeks: String(t.summaryIntervalWeeks),
    clocks: t.clocks.map((c) => ({
      uid: nextUid(),
      key: c.key,
      label: c.label,
      source: c.source,
      unit: c.months !== null ? 'months' : 'workingDays',
      amount: String(c.months ?? c.workingDays ?? ''),
      metByPhase: c.metByPhase,
    })),
  };
}

export function emptyClock(): ClockDraft {
  return {
    uid: nextUid(),
    key: null,
    label: '',
    source: '',
    unit: 'workingDays',
    amount: '',
    metByPhase: null,
  };
}

/** The phases in the template's order: the fixed ones and those chosen, as the case moves through them. */
export function phasesOf(d: Pick<TemplateDraft, 'phases'>): CasePhase[] {
  return casePhases.filter((p) => fixedPhases.includes(p) || d.phases.includes(p));
}

/** A typed number: empty is missing, anything but digits is out of range so the schema calls it invalid. */
function numberOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : -1;
}

const folded: Record<string, string> = { ä: 'a', å: 'a', ö: 'o', æ: 'ae', ø: 'o' };

/**
 * A key for a clock added by the admin, made from its label (the key names the clock across
 * versions; the label may change later). Always matches the template's key rule, and differs
 * from the keys already taken.
 */
export function clockKeyOf(label: string, taken: ReadonlySet<string>): string {
  const slug = label
    .toLowerCase()
    .replace(/[äåöæø]/g, (c) => folded[c] ?? c)
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 36);
  const base = /^[a-z][a-z0-9_]+$/.test(slug) ? slug : `clock${slug ? `_${slug}` : ''}`.slice(0, 36);
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
  return key;
}

/** What the form sends: missing values stay undefined so the shared schema reports them as required. */
export function bodyOf(d: TemplateDraft): Record<string, unknown> {
  const taken = new Set(d.clocks.flatMap((c) => (c.key ? [c.key] : [])));
  const clocks = d.clocks.map((c) => {
    const key = c.key ?? clockKeyOf(c.label, taken);
    taken.add(key);
    const amount = numberOf(c.amount);
    return {
      key,
      label: c.label,
      source: c.source,
      startsAt: 'referral_received',
      workingDays: c.unit === 'workingDays' ? amount : null,
      months: c.unit === 'months' ? amount : null,
      metByPhase: c.metByPhase ?? undefined,
    };
  });
  return {
    serviceType: d.serviceType,
    phases: phasesOf(d),
    assessmentMeetings: { min: numberOf(d.min), max: numberOf(d.max) },
    reviewIntervalWeeks: numberOf(d.reviewWeeks),
    summaryIntervalWeeks: numberOf(d.summaryWeeks),
    clocks,
  };
}
