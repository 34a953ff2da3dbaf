import { serviceTypes, type TemplateView, type zTemplateSave } from '@verkosto/domain';
import type { z } from 'zod';
import type { RequestContext } from '../../access/door';
import type { AppDeps } from '../../deps';
import { ApiError, notFound, staleVersion } from '../../http/errors';
import { presentTemplate } from './presenter';
import { insertTemplateVersion, latestTemplate, templateById } from './templates';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

/** Templates are configuration, not client data: every signed-in user may read how the work goes. */
export async function currentTemplates({ deps }: Options<undefined>): Promise<{ templates: TemplateView[] }> {
  const rows = await deps.db.transaction(async (tx) => {
    const out = [];
    for (const type of serviceTypes) out.push(await latestTemplate(tx, type));
    return out;
  });
  return { templates: rows.map(presentTemplate) };
}

export async function saveTemplate({
  deps,
  ctx,
  input,
}: Options<{ serviceType: (typeof serviceTypes)[number] } & z.output<typeof zTemplateSave>>) {
  // Only admins keep templates; to anyone else the route is not there.
  if (ctx.actor.role !== 'admin') throw notFound();
  if (input.template.serviceType !== input.serviceType) {
    throw new ApiError('validation_failed', { 'template.serviceType': 'invalid' });
  }
  const saved = await deps.db.transaction(async (tx) => {
    const id = await insertTemplateVersion(
      tx,
      input.serviceType,
      input.baseVersion,
      input.template,
      ctx.actor.userId,
    );
    return id ? templateById(tx, id) : null;
  });
  if (!saved) throw staleVersion();
  return presentTemplate(saved);
}
