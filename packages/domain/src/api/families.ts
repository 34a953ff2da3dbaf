import { z } from 'zod';
import { zFamilyRole } from '../enums';
import { zCaseSummary } from './cases';
import { zId, zRequiredText, zVersion } from './common';

export const zFamilyMemberInput = z.object({
  personId: zId,
  role: zFamilyRole,
  isGuardian: z.boolean().default(false),
});

export const zFamilyInput = z
  .object({
    name: zRequiredText(120),
    members: z.array(zFamilyMemberInput).min(1, { error: 'required' }).max(20, { error: 'too_long' }),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.members.forEach((m, i) => {
      if (seen.has(m.personId))
        ctx.addIssue({ code: 'custom', path: ['members', i, 'personId'], message: 'duplicate_member' });
      seen.add(m.personId);
    });
  });
export type FamilyInput = z.input<typeof zFamilyInput>;

export const zFamilyUpdate = z.object({ version: zVersion, family: zFamilyInput });
export type FamilyUpdate = z.input<typeof zFamilyUpdate>;

export const zFamilyMember = z.object({
  personId: z.string(),
  firstNames: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  role: zFamilyRole,
  isGuardian: z.boolean(),
});

export const zFamilyDetail = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  members: z.array(zFamilyMember),
  cases: z.array(zCaseSummary),
});
export type FamilyDetail = z.infer<typeof zFamilyDetail>;
