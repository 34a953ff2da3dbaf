import { type DirectoryService, zDirectoryServiceInput } from '@verkosto/domain';
import { describe, expect, it } from 'vitest';
import { fromIssues } from '../src/components/form-errors';
import { bodyOf, draftOf, emptyDraft, ownChanges } from '../src/features/directory/directory-draft';

const service: DirectoryService = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Perheneuvola',
  kind: 'Kasvatus- ja perheneuvonta',
  contact: '040 123 4567, ma–pe 9–15',
  level: 'preventive',
  riskFactors: ['relationship_conflict', 'child_symptoms'],
  version: 3,
};

describe('the service directory form', () => {
  it('sends back the service it was given, the risks in the checklist order', () => {
    expect(zDirectoryServiceInput.parse(bodyOf(draftOf(service)))).toEqual({
      name: service.name,
      kind: service.kind,
      contact: service.contact,
      level: 'preventive',
      riskFactors: ['child_symptoms', 'relationship_conflict'],
    });
  });

  it('names every missing field of an empty form as required, and the risks as optional', () => {
    const body = bodyOf(emptyDraft);
    const parsed = zDirectoryServiceInput.safeParse(body);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromIssues(parsed.error.issues, body).fields).toEqual({
      name: 'required',
      kind: 'required',
      contact: 'required',
      level: 'required',
    });
  });

  it('keeps in view only what the admin changed that the saved version does not have', () => {
    const start = draftOf(service);
    const theirs = { ...start, name: 'Perheneuvola Kompassi', kind: 'Perheneuvonta' };
    // The name was left as it was, and the kind changed to what the other admin saved too.
    const mine = { ...start, kind: 'Perheneuvonta', contact: '09 555 1234', riskFactors: [] };
    expect(ownChanges(mine, start, theirs)).toEqual(['contact', 'riskFactors']);
    expect(ownChanges(start, start, theirs)).toEqual([]);
    // The same risks ticked in another order are the same choice.
    const reordered = { ...start, riskFactors: [...start.riskFactors].reverse() };
    expect(ownChanges(reordered, start, theirs)).toEqual([]);
  });
});
