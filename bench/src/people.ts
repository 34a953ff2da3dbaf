import { randomUUID } from 'node:crypto';
import { maskIdentityCode, temporaryIdentityCode } from '@verkosto/domain';
import type { FieldProtector } from '../../apps/server/src/crypto/protect';
import { demoPersons } from '../../apps/server/src/seed/demo-families';
import { CITIES, type NameArrays } from './names';
import { dayOf, isoDay, type Random } from './random';

/** One batch of persons as column arrays (names as 1-based indexes into the name arrays), with their families. */
export interface PersonBatch {
  ids: string[];
  first: number[];
  /** 0 when the person has one first name. */
  second: number[];
  last: number[];
  dateOfBirth: string[];
  cipher: (string | null)[];
  hash: (string | null)[];
  masked: (string | null)[];
  city: number[];
  families: { ids: string[]; names: string[] };
  members: { familyIds: string[]; personIds: string[]; roles: string[]; guardians: boolean[] };
}

/** Who cases can be about: children (with their family, if any) and families. */
export interface CaseSubjects {
  children: { personId: string; familyId: string | null }[];
  families: string[];
  anyone: string[];
}

const BORN_FROM = dayOf('1950-01-01');
const BORN_TO = dayOf('2025-12-31');
const ADULT_FROM = dayOf('1960-01-01');
const ADULT_TO = dayOf('2000-12-31');
const CHILD_FROM = dayOf('2007-01-01');
const FAMILY_SHARE = 0.4;
const CODE_SHARE = 0.35;

/** Makes persons household by household: singles, and families of 2–4 sharing a last name. */
export class PeopleMaker {
  private readonly usedCodes = new Set<string>();
  private readonly serialOfDay = new Map<string, number>();
  readonly subjects: CaseSubjects = { children: [], families: [], anyone: [] };
  codes = 0;

  constructor(
    private readonly random: Random,
    private readonly names: NameArrays,
    private readonly protector: FieldProtector,
  ) {
    // The demo's identity codes are made the same way; the unique hash index must not meet them twice.
    for (const [i, p] of demoPersons.entries()) {
      if (p.codeSerial !== undefined)
        this.usedCodes.add(temporaryIdentityCode(p.dateOfBirth, p.codeSerial + i));
    }
  }

  /** About `size` persons (whole households; never more than `size`). */
  batch(size: number): PersonBatch {
    const b: PersonBatch = {
      ids: [],
      first: [],
      second: [],
      last: [],
      dateOfBirth: [],
      cipher: [],
      hash: [],
      masked: [],
      city: [],
      families: { ids: [], names: [] },
      members: { familyIds: [], personIds: [], roles: [], guardians: [] },
    };
    while (b.ids.length < size) {
      const room = size - b.ids.length;
      if (room >= 2 && this.random.chance(FAMILY_SHARE))
        this.family(b, Math.min(room, this.random.int(2, 4)));
      else this.person(b, this.random.int(1, this.names.last.length), this.random.int(BORN_FROM, BORN_TO));
    }
    return b;
  }

  private family(b: PersonBatch, size: number) {
    const familyId = randomUUID();
    const last = this.random.int(1, this.names.last.length);
    const adults = size === 2 ? 1 : size === 4 ? 2 : this.random.int(1, 2);
    b.families.ids.push(familyId);
    b.families.names.push(`Perhe ${this.names.last[last - 1]}`);
    this.subjects.families.push(familyId);
    for (let m = 0; m < size; m++) {
      const adult = m < adults;
      const id = this.person(
        b,
        last,
        adult ? this.random.int(ADULT_FROM, ADULT_TO) : this.random.int(CHILD_FROM, BORN_TO),
        familyId,
      );
      b.members.familyIds.push(familyId);
      b.members.personIds.push(id);
      b.members.roles.push(adult ? 'guardian' : 'child');
      b.members.guardians.push(adult);
    }
  }

  private person(b: PersonBatch, last: number, bornDay: number, familyId: string | null = null): string {
    const id = randomUUID();
    const dateOfBirth = isoDay(bornDay);
    const first = this.random.int(1, this.names.first.length);
    let second = this.random.chance(0.6) ? this.random.int(1, this.names.first.length) : 0;
    if (second === first) second = 0;
    const code = this.random.chance(CODE_SHARE) ? this.identityCode(dateOfBirth) : null;
    b.ids.push(id);
    b.first.push(first);
    b.second.push(second);
    b.last.push(last);
    b.dateOfBirth.push(dateOfBirth);
    b.cipher.push(code ? this.protector.encrypt(code) : null);
    b.hash.push(code ? this.protector.lookupHash(code) : null);
    b.masked.push(code ? maskIdentityCode(code) : null);
    b.city.push(this.random.int(1, CITIES.length));
    this.subjects.anyone.push(id);
    if (bornDay >= CHILD_FROM) this.subjects.children.push({ personId: id, familyId });
    return id;
  }

  /** A temporary-range code (individual number 900–999) not used yet; null when the day's hundred are taken. */
  private identityCode(dateOfBirth: string): string | null {
    let serial = this.serialOfDay.get(dateOfBirth) ?? 0;
    while (serial < 100) {
      const code = temporaryIdentityCode(dateOfBirth, serial);
      serial += 1;
      if (!this.usedCodes.has(code)) {
        this.serialOfDay.set(dateOfBirth, serial);
        this.usedCodes.add(code);
        this.codes += 1;
        return code;
      }
    }
    this.serialOfDay.set(dateOfBirth, serial);
    return null;
  }
}

export const INSERT_PERSONS = `
insert into persons (id, first_names, first_names_search, last_name, last_name_search, date_of_birth,
  identity_code_cipher, identity_code_hash, identity_code_masked, city, languages)
select t.id,
  ($1::text[])[t.f1] || coalesce(' ' || ($1::text[])[t.f2], ''),
  ($2::text[])[t.f1] || coalesce(' ' || ($2::text[])[t.f2], ''),
  ($3::text[])[t.l], ($4::text[])[t.l], t.dob, t.cipher, t.hash, t.masked, ($5::text[])[t.c], '["fi"]'::jsonb
from unnest($6::uuid[], $7::int[], $8::int[], $9::int[], $10::date[], $11::text[], $12::text[], $13::text[],
  $14::int[]) as t(id, f1, f2, l, dob, cipher, hash, masked, c)`;

export function personParams(names: NameArrays, b: PersonBatch): unknown[] {
  return [
    names.first,
    names.firstSearch,
    names.last,
    names.lastSearch,
    CITIES,
    b.ids,
    b.first,
    b.second,
    b.last,
    b.dateOfBirth,
    b.cipher,
    b.hash,
    b.masked,
    b.city,
  ];
}

export const INSERT_FAMILIES = 'insert into families (id, name) select * from unnest($1::uuid[], $2::text[])';

export const INSERT_MEMBERS = `insert into family_members (family_id, person_id, role, is_guardian)
select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::bool[])`;
