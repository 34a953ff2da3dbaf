import {
  type CaseFacts,
  decideClientRecord,
  decideIdentitySearch,
  decideRegisterClient,
  type PersonDetail,
  type PersonKeptField,
  type PersonSearchResult,
  parseIdentityCode,
  registerOfDomain,
  type ServiceDomain,
  searchTerms,
  visibleCases,
  type zPersonInput,
  type zPersonSearch,
  type zPersonUpdate,
  type zRevealRequest,
} from '@verkosto/domain';
import type { z } from 'zod';
import { factsAroundPerson, todayIso, withStatedAccesses } from '../../access/case-facts';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import type { AppDeps } from '../../deps';
import { ApiError, invalidField, staleVersion } from '../../http/errors';
import { presentCaseSummary } from '../cases/presenter';
import { casesByIds } from '../cases/repository';
import { presentAddress, presentIdentity, presentPerson } from './presenter';
import * as repo from './repository';
import { personRow } from './row';

const SEARCH_LIMIT = 50;

/**
 * Two saves of one identity code at once both pass the check before the write; the unique index
 * on the code's hash stops the second. Answered like the check (409), not as a server error.
 */
function duplicateCodeRace(field: string) {
  return (error: unknown): never => {
    for (let e: unknown = error; e instanceof Error; e = e.cause) {
      const db = e as Error & { code?: string; constraint?: string };
      if (db.code === '23505' && db.constraint === 'persons_identity_code_hash_idx') {
        throw new ApiError('duplicate_identity_code', { [field]: 'invalid' });
      }
    }
    throw error;
  };
}

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };

export function searchPersons({ deps, ctx, input }: Options<z.output<typeof zPersonSearch>>) {
  return throughDoor<PersonSearchResult>(deps.db, ctx, async (door) => {
    const criteria = {
      terms: searchTerms(input.name ?? ''),
      dateOfBirth: input.dateOfBirth,
      identityCodeHash: input.identityCode ? deps.protector.lookupHash(input.identityCode) : undefined,
    };
    const by = [
      criteria.terms.length > 0 && 'name',
      criteria.dateOfBirth && 'date_of_birth',
      criteria.identityCodeHash && 'identity_code',
    ].filter(Boolean);
    // A name of punctuation only ("%", "-") folds to no terms: without this, it would list everyone.
    if (by.length === 0) return invalidField('name', 'required');
    const entry = { action: 'search', recordType: 'person_search' } as const;
    // Decided before searching: a refused actor's search is not run, and its log row names nobody.
    const decision = decideIdentitySearch(door.actor);
    if (!decision.allowed) {
      await door.log({ ...entry, subjectPersonIds: [], detail: { by, shown: 0 } }, decision);
      return DENIED;
    }
    const rows = await repo.searchIdentities(door.tx, criteria, SEARCH_LIMIT + 1);
    const shown = rows.slice(0, SEARCH_LIMIT);
    await door.log(
      { ...entry, subjectPersonIds: shown.map((r) => r.id), detail: { by, shown: shown.length } },
      decision,
    );
    return { persons: shown.map(presentIdentity), truncated: rows.length > SEARCH_LIMIT };
  });
}

/** Leaves the stored identity code or protected address in place where the editor did not see them. */
function keepStored(
  row: ReturnType<typeof personRow>,
  stored: repo.PersonRow,
  keep: readonly PersonKeptField[],
) {
  const kept = { ...row };
  if (keep.includes('identityCode')) {
    kept.identityCodeCipher = stored.identityCodeCipher;
    kept.identityCodeHash = stored.identityCodeHash;
    kept.identityCodeMasked = stored.identityCodeMasked;
  }
  if (keep.includes('address')) {
    kept.streetAddress = stored.streetAddress;
    kept.postalCode = stored.postalCode;
    kept.city = stored.city;
  }
  return kept;
}

/**
 * Opens one person through the door: reads the row and the facts the policy needs, decides, logs.
 * Null when the person does not exist or the actor may not have them (the caller answers 404).
 */
async function enterPerson(
  door: Door,
  personId: string,
  access: 'read' | 'write',
  entry: { action: 'read' | 'update' | 'reveal'; detail?: Record<string, unknown> },
) {
  const row = await repo.findPerson(door.tx, personId);
  const cases = row ? await factsAroundPerson(door.tx, personId) : [];
  const decision = row
    ? decideClientRecord(door.actor, { createdBy: row.createdBy, cases, today: todayIso() }, access)
    : ({ allowed: false, reason: 'no_care_relationship' } as const);
  const allowed = await door.check(decision, {
    ...entry,
    recordType: 'person',
    recordId: personId,
    subjectPersonIds: [personId],
  });
  return allowed && row ? { row, cases } : null;
}

async function detail(door: Door, row: repo.PersonRow, around: CaseFacts[]): Promise<PersonDetail> {
  // A case the actor's own stated legal basis opened is listed with the others while it is in force; the
  // statements are looked up only for the cases nothing else opens, as on the case page.
  const today = todayIso();
  const visibleIds = new Set(visibleCases(door.actor, around, today).map((c) => c.caseId));
  const hidden = around.filter((c) => !visibleIds.has(c.caseId));
  if (hidden.length > 0) {
    const stated = await withStatedAccesses(door.tx, hidden, door.actor.userId);
    for (const c of visibleCases(door.actor, stated, today)) visibleIds.add(c.caseId);
  }
  const open = around.filter((c) => c.status === 'open');
  // One read of the case headers: those the actor may see, and the other open ones, of which only the unit
  // and whom to contact are shown.
  const wanted = [...new Set([...visibleIds, ...open.map((c) => c.caseId)])];
  const families = await repo.familiesOfPerson(door.tx, row.id);
  const caseRows = await casesByIds(door.tx, wanted);
  const registersOpen = new Set(open.map((c) => c.register));
  return presentPerson(row, families, caseRows.filter((c) => visibleIds.has(c.id)).map(presentCaseSummary), {
    sharedClient: registersOpen.has('social') && registersOpen.has('health'),
    otherServices: caseRows
      .filter((c) => !visibleIds.has(c.id))
      .map((c) => ({
        caseId: c.id,
        unit: c.unitName,
        organisation: c.organisationName,
        register: registerOfDomain(c.serviceDomain as ServiceDomain),
        contact: c.responsibleName,
        contactTitle: c.responsibleTitle,
      })),
  });
}

export function getPerson({ deps, ctx, input }: Options<{ personId: string }>) {
  return throughDoor<PersonDetail>(deps.db, ctx, async (door) => {
    const found = await enterPerson(door, input.personId, 'read', { action: 'read' });
    return found ? detail(door, found.row, found.cases) : DENIED;
  });
}

export function createPerson({ deps, ctx, input }: Options<z.output<typeof zPersonInput>>) {
  return throughDoor<PersonDetail>(deps.db, ctx, async (door) => {
    const decision = decideRegisterClient(door.actor);
    if (!decision.allowed) {
      await door.log({ action: 'create', recordType: 'person', subjectPersonIds: [] }, decision);
      return DENIED;
    }
    const row = personRow(input, deps.protector);
    if (row.identityCodeHash && (await repo.findByIdentityHash(door.tx, row.identityCodeHash))) {
      return new ApiError('duplicate_identity_code', { identityCode: 'invalid' });
    }
    const inserted = await repo
      .insertPerson(door.tx, row, door.actor.userId)
      .catch(duplicateCodeRace('identityCode'));
    await door.log(
      { action: 'create', recordType: 'person', recordId: inserted.id, subjectPersonIds: [inserted.id] },
      decision,
    );
    return detail(door, inserted, []);
  });
}

export function updatePerson({
  deps,
  ctx,
  input,
}: Options<{ personId: string } & z.output<typeof zPersonUpdate>>) {
  return throughDoor<PersonDetail>(deps.db, ctx, async (door) => {
    const found = await enterPerson(door, input.personId, 'write', { action: 'update' });
    if (!found) return DENIED;
    const row = keepStored(personRow(input.person, deps.protector), found.row, input.keep);
    if (input.keep.includes('identityCode') && found.row.identityCodeCipher) {
      const stored = parseIdentityCode(deps.protector.decrypt(found.row.identityCodeCipher));
      if (stored.valid && stored.dateOfBirth !== input.person.dateOfBirth) {
        return invalidField('person.dateOfBirth', 'identity_code_date_mismatch');
      }
    }
    if (row.identityCodeHash && !input.keep.includes('identityCode')) {
      const holder = await repo.findByIdentityHash(door.tx, row.identityCodeHash);
      if (holder && holder.id !== input.personId)
        return new ApiError('duplicate_identity_code', { 'person.identityCode': 'invalid' });
    }
    const updated = await repo
      .updatePerson(door.tx, input.personId, input.version, row)
      .catch(duplicateCodeRace('person.identityCode'));
    if (!updated) return staleVersion();
    return detail(door, updated, found.cases);
  });
}

/** Shows the identity code or a protected address; the reveal is its own logged access. */
export function revealPerson({
  deps,
  ctx,
  input,
}: Options<{ personId: string } & z.output<typeof zRevealRequest>>) {
  return throughDoor(deps.db, ctx, async (door) => {
    const found = await enterPerson(door, input.personId, 'read', {
      action: 'reveal',
      detail: { field: input.field },
    });
    if (!found) return DENIED;
    if (input.field === 'identityCode') {
      const sealed = found.row.identityCodeCipher;
      return { identityCode: sealed ? deps.protector.decrypt(sealed) : null };
    }
    return { address: presentAddress(found.row) };
  });
}
