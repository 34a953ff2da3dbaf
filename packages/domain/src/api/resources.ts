import { z } from 'zod';
import { levelsOfWork } from '../concern';
import { zId, zOptionalText, zRequiredText, zVersion } from './common';

/** The risk-factor checklist (seed 001): named risks suggest guidance to other services. */
export const riskFactors = [
  'parent_mental_health',
  'parent_substance_use',
  'violence',
  'financial_stress',
  'isolation',
  'child_symptoms',
  'housing',
  'parent_exhaustion',
  'relationship_conflict',
  'school_difficulties',
] as const;
export type RiskFactor = (typeof riskFactors)[number];

/** Strengths of each member and of the family, the risks named, and what protects (seed 001). */
export const zResourcesInput = z
  .object({
    /** The version the editor saw; 0 before the first save. */
    version: z.number().int().min(0),
    familyStrengths: zOptionalText(2000),
    memberStrengths: z
      .array(z.object({ name: zRequiredText(120), strengths: zRequiredText(1000) }))
      .max(20, { error: 'invalid' })
      .default([]),
    risks: z
      .array(z.object({ factor: z.enum(riskFactors, { error: 'required' }), note: zOptionalText(500) }))
      .max(riskFactors.length, { error: 'invalid' })
      .default([]),
    protectiveFactors: zOptionalText(2000),
  })
  .superRefine((r, ctx) => {
    if (new Set(r.risks.map((x) => x.factor)).size !== r.risks.length) {
      ctx.addIssue({ code: 'custom', path: ['risks'], message: 'invalid' });
    }
  });
export type ResourcesInput = z.input<typeof zResourcesInput>;

export const zResources = z.object({
  version: z.number(),
  familyStrengths: z.string().nullable(),
  memberStrengths: z.array(z.object({ name: z.string(), strengths: z.string() })),
  risks: z.array(z.object({ factor: z.enum(riskFactors), note: z.string().nullable() })),
  protectiveFactors: z.string().nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type Resources = z.infer<typeof zResources>;

/** A service the family can be guided to, with the risks it answers and its level of work. */
export const zDirectoryService = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  contact: z.string(),
  level: z.enum(levelsOfWork),
  riskFactors: z.array(z.enum(riskFactors)),
  version: z.number(),
});
export type DirectoryService = z.infer<typeof zDirectoryService>;
export const zServiceDirectory = z.object({
  services: z.array(zDirectoryService),
  /** Whether the actor keeps the directory (admins). */
  canEdit: z.boolean(),
});

/** A service as the admin writes it into the directory. */
export const zDirectoryServiceInput = z.object({
  name: zRequiredText(120),
  kind: zRequiredText(80),
  contact: zRequiredText(200),
  level: z.enum(levelsOfWork, { error: 'required' }),
  riskFactors: z
    .array(z.enum(riskFactors))
    .max(riskFactors.length)
    .refine((r) => new Set(r).size === r.length, { error: 'invalid' })
    .default([]),
});
export type DirectoryServiceInput = z.input<typeof zDirectoryServiceInput>;
export const zDirectoryServiceUpdate = z.object({ version: zVersion, service: zDirectoryServiceInput });
export const zDirectoryServiceRetire = z.object({ version: zVersion });

export const zGuidanceInput = z.object({
  serviceId: zId,
  riskFactor: z.enum(riskFactors).nullable().optional(),
  note: zOptionalText(1000),
});
export type GuidanceInput = z.input<typeof zGuidanceInput>;

export const zGuidance = z.object({
  id: z.string(),
  service: z.object({ id: z.string(), name: z.string(), contact: z.string() }),
  riskFactor: z.enum(riskFactors).nullable(),
  note: z.string().nullable(),
  givenBy: z.string(),
  givenAt: z.string(),
});
export type Guidance = z.infer<typeof zGuidance>;

export const zResourcesPanel = z.object({
  resources: zResources.nullable(),
  /** Services that answer the risks named, for guiding the family onwards. */
  suggestions: z.array(zDirectoryService),
  guidance: z.array(zGuidance),
  canEdit: z.boolean(),
});
export type ResourcesPanel = z.infer<typeof zResourcesPanel>;
