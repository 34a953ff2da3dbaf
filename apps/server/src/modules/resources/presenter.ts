import {
  type DirectoryService,
  type Guidance,
  type LevelOfWork,
  levelsOfWork,
  type Resources,
  type RiskFactor,
  riskFactors,
  zResources,
} from '@verkosto/domain';
import type { serviceDirectory } from '../../db/schema/index';
import type { findResources, guidanceOfCase } from './repository';

const isRisk = (v: string | null): v is RiskFactor => (riskFactors as readonly (string | null)[]).includes(v);

function asLevel(value: string): LevelOfWork {
  if (!(levelsOfWork as readonly string[]).includes(value))
    throw new Error('unknown level of work in the directory');
  return value as LevelOfWork;
}

export function presentService(row: typeof serviceDirectory.$inferSelect): DirectoryService {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    contact: row.contact,
    level: asLevel(row.level),
    riskFactors: row.riskFactors.filter(isRisk),
    version: row.version,
  };
}

/** Stored as JSON that was validated on the way in; read back through the answer's schema. */
export function presentResources(row: NonNullable<Awaited<ReturnType<typeof findResources>>>): Resources {
  return zResources.parse({
    ...row.resources.content,
    version: row.resources.version,
    updatedBy: row.updatedBy,
    updatedAt: row.resources.updatedAt.toISOString(),
  });
}

export function presentGuidance(row: Awaited<ReturnType<typeof guidanceOfCase>>[number]): Guidance {
  return {
    id: row.guidance.id,
    service: { id: row.service.id, name: row.service.name, contact: row.service.contact },
    riskFactor: isRisk(row.guidance.riskFactor) ? row.guidance.riskFactor : null,
    note: row.guidance.note,
    givenBy: row.givenBy,
    givenAt: row.guidance.givenAt.toISOString(),
  };
}
