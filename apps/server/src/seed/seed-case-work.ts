import { randomUUID } from 'node:crypto';
import type { PlanContent } from '@verkosto/domain';
import type { Tx } from '../db/client';
import {
  goalReviews,
  meetingNotes,
  meetingParticipants,
  meetings,
  networkMembers,
  networkSnapshots,
  planVersions,
} from '../db/schema/index';
import { type DemoMember, eetuNetworkInSeptember, eetuNetworkNow } from './demo-network';
import { must } from './must';

/** Eetu's network now, and the map saved at the September network meeting, so the two can be compared. */
async function seedNetwork(tx: Tx, caseId: string, userIds: Map<string, string>) {
  const aino = must(userIds, 'aino');
  const memberIds = new Map<string, string>();
  for (const m of eetuNetworkNow) {
    const [row] = await tx
      .insert(networkMembers)
      .values({
        caseId,
        kind: m.kind,
        name: m.name,
        relation: m.relation,
        sector: m.sector,
        ring: m.ring,
        quality: m.quality,
        supportDirection: m.support,
        organisation: m.organisation ?? null,
        title: m.title ?? null,
        email: m.email ?? null,
        clientChoice: m.choice,
        invited: m.invited ?? false,
        userId: m.user ? must(userIds, m.user) : null,
        sharedWithFamily: m.sharedWithFamily ?? false,
        createdBy: aino,
        createdAt: new Date('2026-09-01T09:00:00Z'),
      })
      .returning({ id: networkMembers.id });
    memberIds.set(m.name, row!.id);
  }
  const drawn = (members: DemoMember[]) =>
    members.map((m) => ({
      id: must(memberIds, m.name),
      kind: m.kind,
      name: m.name,
      relation: m.relation,
      sector: m.sector,
      ring: m.ring,
      quality: m.quality,
      supportDirection: m.support,
      clientChoice: m.choice,
    }));
  await tx.insert(networkSnapshots).values([
    {
      caseId,
      takenBy: aino,
      takenAt: new Date('2026-09-24T12:30:00Z'),
      note: 'Ensimmäinen verkostopalaveri',
      members: drawn(eetuNetworkInSeptember),
    },
    {
      caseId,
      takenBy: aino,
      takenAt: new Date('2026-11-12T13:00:00Z'),
      note: 'Arviointipalaveri',
      members: drawn(eetuNetworkNow),
    },
  ]);
  return memberIds;
}

const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;

/** Noon in Helsinki (10:00 UTC in winter) a number of days from the seeding, for what is still to come. */
function daysAhead(days: number): Date {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(10, 0, 0, 0);
  return d;
}

/**
 * Eetu's work at Perheneuvola so far: the network, the September network meeting with its signed
 * note and the plan it agreed, a home visit, a goal review, and the re-evaluation meeting still ahead.
 */
export async function seedEetuCaseWork(tx: Tx, caseId: string, userIds: Map<string, string>) {
  const members = await seedNetwork(tx, caseId, userIds);
  const aino = must(userIds, 'aino');
  const sanna = must(userIds, 'sanna');
  const member = (name: string) => ({ kind: 'member' as const, id: must(members, name), name });
  const worker = (key: string, name: string) => ({ kind: 'worker' as const, id: must(userIds, key), name });

  const [september] = await tx
    .insert(meetings)
    .values({
      caseId,
      type: 'network_meeting',
      setting: 'office',
      startsAt: at('2026-09-24T11:00:00Z'),
      durationMinutes: 90,
      place: 'Perheneuvola, neuvotteluhuone Kuusi',
      status: 'held',
      workerIds: [aino, sanna],
      agenda: ['Mikä Eetua huolettaa', 'Kuka voi auttaa ja miten', 'Sovitaan seuraavat askeleet'],
      createdBy: aino,
    })
    .returning({ id: meetings.id });
  const participants = ['Tiina Mäki', 'Janne Mäki', 'Helena Mäki'];
  const rows = await tx
    .insert(meetingParticipants)
    .values(
      participants.map((name) => ({
        meetingId: september!.id,
        memberId: must(members, name),
        attendance: 'attended',
      })),
    )
    .returning({ id: meetingParticipants.id, memberId: meetingParticipants.memberId });
  const participantOf = (name: string) => rows.find((r) => r.memberId === must(members, name))!.id;
  await tx.insert(meetingNotes).values({
    meetingId: september!.id,
    sections: {
      informationShared:
        'Aino kertoi, mitä perheneuvolassa on tähän mennessä tehty; Sanna kertoi toimintaterapian arviosta.',
      jointDiscussion: 'Jokainen kertoi vuorollaan, mikä aamuissa on vaikeinta ja mikä on auttanut.',
      plansAgreed: 'Mummi hakee Eetun koulusta tiistaisin. Koulukuraattori järjestää välituntitukea.',
      evaluation: null,
      rolesAndDivision:
        'Perheneuvola tukee vanhempia, Kehitykselliset palvelut arvioi toimintaterapian tarpeen.',
      toolsAdopted: 'Aamujen kuvakortit ja rauhoittumisen harjoitus.',
      networkInDailyLife: 'Mummi on mukana tiistaisin; isä vie kouluun torstaisin.',
      freeText: null,
    },
    views: [
      { participantId: null, text: 'Aamulla vatsaan sattuu, kun pitää lähteä.', ownWords: true },
      {
        participantId: participantOf('Tiina Mäki'),
        text: 'Aamut ovat meille kaikille raskaita.',
        ownWords: true,
      },
      { participantId: participantOf('Helena Mäki'), text: 'Voin olla enemmän mukana.', ownWords: false },
    ],
    status: 'signed',
    version: 3,
    updatedBy: aino,
    updatedAt: at('2026-09-24T14:00:00Z'),
    signedBy: aino,
    signedAt: at('2026-09-24T14:00:00Z'),
  });

  const goals = [
    {
      id: randomUUID(),
      familyWords: 'Eetu uskaltaa lähteä kouluun aamuisin.',
      professionalWording: 'Koulupoissaolot vähenevät ja aamujen ahdistus lievittyy.',
    },
    {
      id: randomUUID(),
      familyWords: 'Aamut kotona ovat rauhallisempia.',
      professionalWording: 'Vanhempien keinot tukea lasta aamuisin vahvistuvat.',
    },
  ];
  const plan: PlanContent = {
    goals,
    actions: [
      {
        id: randomUUID(),
        what: 'Hakee Eetun koulusta tiistaisin',
        owner: member('Helena Mäki'),
        dueOn: null,
        status: 'in_progress',
        goalId: goals[0]!.id,
      },
      {
        id: randomUUID(),
        what: 'Järjestää välituntitukea',
        owner: member('Outi Lindholm'),
        dueOn: '2026-10-31',
        status: 'in_progress',
        goalId: goals[0]!.id,
      },
      {
        id: randomUUID(),
        what: 'Vanhempien ohjaus joka toinen viikko',
        owner: worker('aino', 'Aino Virtanen'),
        dueOn: null,
        status: 'in_progress',
        goalId: goals[1]!.id,
      },
      {
        id: randomUUID(),
        what: 'Toimintaterapian tarpeen arvio',
        owner: worker('sanna', 'Sanna Koskinen'),
        dueOn: '2026-11-15',
        status: 'done',
        goalId: null,
      },
    ],
    howWeLessenConcern:
      'Tavataan koko verkostona kahden kuukauden välein; huolen kasvaessa Aino kutsuu verkoston koolle aiemmin.',
    reevaluationOn: daysAhead(3).toISOString().slice(0, 10),
    nextComposition: ['Tiina Mäki', 'Janne Mäki', 'Helena Mäki', 'Outi Lindholm'].map(member),
    differingViews:
      'Isän mielestä Eetu tarvitsee ennen kaikkea rutiineja; äidin mielestä myös lääkärin arvion.',
  };
  await tx.insert(planVersions).values({
    caseId,
    versionNo: 1,
    content: plan,
    meetingId: september!.id,
    createdBy: aino,
    createdAt: at('2026-09-24T14:00:00Z'),
  });
  await tx.insert(goalReviews).values({
    caseId,
    planVersionNo: 1,
    scores: [
      { goalId: goals[0]!.id, score: -1, comment: 'Poissaoloja vielä kaksi viikossa.' },
      { goalId: goals[1]!.id, score: 0, comment: 'Kuvakortit ovat auttaneet.' },
    ],
    evaluatedBy: aino,
    evaluatedAt: at('2026-10-22T12:00:00Z'),
  });

  const [next] = await tx
    .insert(meetings)
    .values({
      caseId,
      type: 'network_meeting',
      setting: 'familiar_place',
      startsAt: daysAhead(3),
      durationMinutes: 90,
      place: 'Koivurannan koulu, neuvotteluhuone',
      workerIds: [aino, sanna],
      agenda: plan.actions
        .filter((a) => a.status === 'in_progress' || a.status === 'not_started')
        .map((a) => `${a.what} (${a.owner.name})`),
      createdBy: aino,
    })
    .returning({ id: meetings.id });
  await tx
    .insert(meetingParticipants)
    .values(plan.nextComposition.map((p) => ({ meetingId: next!.id, memberId: p.id })));
}
