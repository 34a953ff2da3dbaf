import { userId } from './demo';
import type { Agent, TestApp } from './harness';

/** Demo accounts by their part in the access tests, with their user ids. */
export const DEMO = {
  aino: 'aino.virtanen', // Perheneuvola (social), psychologist
  mikko: 'mikko.lehtinen', // Perheneuvola (social)
  marja: 'marja.kallio', // Perheneuvola (social), team lead
  sanna: 'sanna.koskinen', // Kehitykselliset palvelut (health)
  jussi: 'jussi.heikkila', // Kehitykselliset palvelut (health)
  petra: 'petra.nieminen', // Perhetyö (social)
  timo: 'timo.hamalainen', // Perhetyö (social)
  riikka: 'riikka.salonen', // Lastensuojelu (social)
  laura: 'laura.makela', // Lastenpsykiatrian poliklinikka (health)
  outi: 'outi.lindholm', // Koivurannan koulu (education, another organisation)
  kaisa: 'kaisa.rantanen', // Kompassin perhetyö (a private provider, social)
  paula: 'paula.hankinen', // purchaser of the county
  ilkka: 'ilkka.aaltonen', // admin, member of Perheneuvola
} as const;
export type DemoKey = keyof typeof DEMO;

/**
 * Those who must not see a record held by a Perheneuvola or Lastensuojelu case (social register)
 * to which they have no relationship, with the reason the access log must give.
 */
export const OUTSIDERS = [
  { who: 'a worker of another unit in the same register', key: 'petra', reason: 'no_care_relationship' },
  { who: 'a worker of the other register', key: 'jussi', reason: 'no_care_relationship' },
  { who: 'a worker of another organisation', key: 'outi', reason: 'no_care_relationship' },
  { who: 'an admin, even one in the unit', key: 'ilkka', reason: 'role' },
] as const satisfies readonly { who: string; key: DemoKey; reason: string }[];

export interface Actors {
  as: Record<DemoKey, Agent>;
  id: Record<DemoKey, string>;
}

/** Signs in the given demo accounts once, for a whole test file. */
export async function signInActors(t: TestApp, keys: readonly DemoKey[]): Promise<Actors> {
  const as = {} as Record<DemoKey, Agent>;
  const id = {} as Record<DemoKey, string>;
  for (const key of keys) {
    as[key] = await t.signIn(DEMO[key]);
    id[key] = await userId(t.deps.db, DEMO[key]);
  }
  return { as, id };
}
