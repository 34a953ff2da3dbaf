import { defaultProcessTemplate, type ProcessTemplate, type ServiceType } from '@verkosto/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { processTemplates, users } from '../../db/schema/index';

const columns = {
  id: processTemplates.id,
  serviceType: processTemplates.serviceType,
  version: processTemplates.version,
  content: processTemplates.content,
  createdAt: processTemplates.createdAt,
  createdBy: users.displayName,
};
export type TemplateRow = Awaited<ReturnType<typeof templateById>> & {};

function selectTemplates(tx: Tx) {
  return tx.select(columns).from(processTemplates).leftJoin(users, eq(users.id, processTemplates.createdBy));
}

/**
 * A service type starts with the domain's default as version 1, written the first time it is needed:
 * a county's database then holds every version its cases point at, and the admin edits from there.
 * Reads only write when the version is missing.
 */
async function withFirstVersion<T>(tx: Tx, serviceType: ServiceType, read: () => Promise<T | undefined>) {
  const found = await read();
  if (found) return found;
  await tx
    .insert(processTemplates)
    .values({ serviceType, version: 1, content: defaultProcessTemplate(serviceType) })
    .onConflictDoNothing();
  return (await read())!;
}

export async function templateById(tx: Tx, id: string) {
  const [row] = await selectTemplates(tx).where(eq(processTemplates.id, id));
  return row ?? null;
}

/** The newest version of a service type's template: what a new case starts with. */
export function latestTemplate(tx: Tx, serviceType: ServiceType) {
  return withFirstVersion(tx, serviceType, async () => {
    const [row] = await selectTemplates(tx)
      .where(eq(processTemplates.serviceType, serviceType))
      .orderBy(desc(processTemplates.version))
      .limit(1);
    return row;
  });
}

/** The version a case follows: the one it started with, or version 1 for cases older than templates. */
export async function templateOfCase(tx: Tx, c: { templateId: string | null; serviceType: ServiceType }) {
  if (c.templateId) {
    const row = await templateById(tx, c.templateId);
    if (row) return row;
  }
  return withFirstVersion(tx, c.serviceType, async () => {
    const [row] = await selectTemplates(tx).where(
      and(eq(processTemplates.serviceType, c.serviceType), eq(processTemplates.version, 1)),
    );
    return row;
  });
}

/** templateOfCase for a list of cases: each template version is read once, however many cases follow it. */
export function templateReader(tx: Tx) {
  const read = new Map<string, ReturnType<typeof templateOfCase>>();
  return (c: { templateId: string | null; serviceType: ServiceType }) => {
    const key = c.templateId ?? `first:${c.serviceType}`;
    const cached = read.get(key) ?? templateOfCase(tx, c);
    read.set(key, cached);
    return cached;
  };
}

/** Saves a new version over `baseVersion`; null when someone saved a newer one first. */
export async function insertTemplateVersion(
  tx: Tx,
  serviceType: ServiceType,
  baseVersion: number,
  content: ProcessTemplate,
  createdBy: string,
) {
  const latest = await latestTemplate(tx, serviceType);
  if (latest.version !== baseVersion) return null;
  // Of two concurrent saves over the same version, the unique (service_type, version) key lets one in.
  const [row] = await tx
    .insert(processTemplates)
    .values({ serviceType, version: baseVersion + 1, content, createdBy })
    .onConflictDoNothing()
    .returning({ id: processTemplates.id });
  return row?.id ?? null;
}
