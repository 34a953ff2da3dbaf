import type { CaseFormOptions, ServiceType } from '@verkosto/domain';
import { todayIso } from '../../i18n/format';

export interface CaseFormValues {
  personId: string | null;
  familyId: string | null;
  unitId: string | null;
  responsibleWorkerId: string | null;
  pairWorkerId: string | null;
  serviceType: ServiceType | null;
  purchaserOrganisationId: string | null;
  openedOn: string;
}

/** Sensible starting values: the only unit, the user as responsible worker, opened today. */
export function initialValues(
  options: CaseFormOptions,
  userId: string,
  personId: string | null,
  familyId: string | null,
): CaseFormValues {
  const onlyUnit = options.units.length === 1 ? options.units[0] : undefined;
  const unitId =
    onlyUnit?.id ?? options.units.find((u) => u.workers.some((w) => w.id === userId))?.id ?? null;
  return {
    personId,
    familyId,
    unitId,
    responsibleWorkerId: defaultWorker(options, unitId, userId),
    pairWorkerId: null,
    serviceType: null,
    purchaserOrganisationId: null,
    openedOn: todayIso(),
  };
}

/** The user, if they work in the unit. */
export function defaultWorker(
  options: CaseFormOptions,
  unitId: string | null,
  userId: string,
): string | null {
  const unit = options.units.find((u) => u.id === unitId);
  return unit?.workers.some((w) => w.id === userId) ? userId : null;
}

/** The body before checking; missing choices stay undefined so the shared schema names them. */
export function draftFromValues(values: CaseFormValues) {
  return {
    unitId: values.unitId ?? undefined,
    personId: values.personId,
    familyId: values.familyId,
    serviceType: values.serviceType ?? undefined,
    responsibleWorkerId: values.responsibleWorkerId ?? undefined,
    pairWorkerId: values.pairWorkerId,
    purchaserOrganisationId: values.purchaserOrganisationId,
    openedOn: values.openedOn || undefined,
  };
}
