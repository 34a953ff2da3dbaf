import { describe, expect, it } from 'vitest';
import { diffPlans } from '../src/features/plans/plan-diff';
import { changedPaths, emptyPlan, type PlanContentView, toView } from '../src/features/plans/plan-draft';
import { rebasePlan } from '../src/features/plans/plan-merge';

const mummi = { kind: 'member' as const, id: 'm1', name: 'Helena Mäki' };
const kuraattori = { kind: 'member' as const, id: 'm2', name: 'Outi Lindholm' };
const aino = { kind: 'worker' as const, id: 'w1', name: 'Aino Virtanen' };

const base: PlanContentView = {
  goals: [
    { id: 'g1', familyWords: 'Eetu uskaltaa lähteä kouluun.', professionalWording: 'Poissaolot vähenevät.' },
    { id: 'g2', familyWords: 'Aamut ovat rauhallisempia.', professionalWording: null },
  ],
  actions: [
    {
      id: 'a1',
      what: 'Hakee koulusta tiistaisin',
      owner: mummi,
      dueOn: null,
      status: 'in_progress',
      goalId: 'g1',
    },
    {
      id: 'a2',
      what: 'Välituntituki',
      owner: kuraattori,
      dueOn: '2026-10-31',
      status: 'in_progress',
      goalId: 'g1',
    },
    { id: 'a3', what: 'Vanhempien ohjaus', owner: aino, dueOn: null, status: 'not_started', goalId: 'g2' },
  ],
  howWeLessenConcern: 'Tavataan kahden kuukauden välein.',
  reevaluationOn: '2026-12-01',
  nextComposition: [mummi, aino],
  differingViews: null,
};

const edit = (change: (draft: PlanContentView) => void): PlanContentView => {
  const draft = structuredClone(base);
  change(draft);
  return draft;
};

describe('diffPlans', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffPlans(base, structuredClone(base))).toEqual([]);
  });

  it('lists added, removed and reworded goals by the family’s words', () => {
    const later = edit((p) => {
      p.goals[0]!.familyWords = 'Eetu lähtee kouluun ilman vatsakipua.';
      p.goals[1]!.professionalWording = 'Vanhempien keinot vahvistuvat.';
      p.goals.push({ id: 'g3', familyWords: 'Eetulla on kaveri.', professionalWording: null });
    });
    expect(diffPlans(base, later)).toEqual([
      {
        kind: 'goalWords',
        goal: 'Eetu lähtee kouluun ilman vatsakipua.',
        from: 'Eetu uskaltaa lähteä kouluun.',
        to: 'Eetu lähtee kouluun ilman vatsakipua.',
      },
      {
        kind: 'goalProfessional',
        goal: 'Aamut ovat rauhallisempia.',
        from: null,
        to: 'Vanhempien keinot vahvistuvat.',
      },
      { kind: 'goalAdded', goal: 'Eetulla on kaveri.' },
    ]);
    const removed = edit((p) => {
      p.goals = p.goals.filter((g) => g.id !== 'g2');
      p.actions[2]!.goalId = null;
    });
    expect(diffPlans(base, removed)).toEqual([
      { kind: 'goalRemoved', goal: 'Aamut ovat rauhallisempia.' },
      {
        kind: 'actionGoal',
        action: 'Vanhempien ohjaus',
        from: 'Aamut ovat rauhallisempia.',
        to: null,
      },
    ]);
  });

  it('lists status, date, owner and wording changes of actions, and added and removed ones', () => {
    const later = edit((p) => {
      p.actions[0]!.status = 'done';
      p.actions[1]!.dueOn = '2026-11-30';
      p.actions[1]!.owner = aino;
      p.actions[2]!.what = 'Vanhempien ohjaus joka toinen viikko';
      p.actions.splice(0, 1);
      p.actions.push({
        id: 'a4',
        what: 'Lääkärin arvio',
        owner: aino,
        dueOn: null,
        status: 'not_started',
        goalId: null,
      });
    });
    expect(diffPlans(base, later)).toEqual([
      { kind: 'actionOwner', action: 'Välituntituki', from: 'Outi Lindholm', to: 'Aino Virtanen' },
      { kind: 'actionDue', action: 'Välituntituki', from: '2026-10-31', to: '2026-11-30' },
      {
        kind: 'actionWhat',
        action: 'Vanhempien ohjaus joka toinen viikko',
        from: 'Vanhempien ohjaus',
        to: 'Vanhempien ohjaus joka toinen viikko',
      },
      { kind: 'actionAdded', action: 'Lääkärin arvio', owner: 'Aino Virtanen' },
      { kind: 'actionRemoved', action: 'Hakee koulusta tiistaisin' },
    ]);
    const done = edit((p) => {
      p.actions[0]!.status = 'done';
    });
    expect(diffPlans(base, done)).toEqual([
      { kind: 'actionStatus', action: 'Hakee koulusta tiistaisin', from: 'in_progress', to: 'done' },
    ]);
  });

  it('lists the re-evaluation date, the composition and the texts', () => {
    const later = edit((p) => {
      p.reevaluationOn = '2027-01-15';
      p.nextComposition = [aino, kuraattori];
      p.howWeLessenConcern = null;
      p.differingViews = 'Isä toivoo rutiineja.';
    });
    expect(diffPlans(base, later)).toEqual([
      { kind: 'concern', from: 'Tavataan kahden kuukauden välein.', to: null },
      { kind: 'reevaluation', from: '2026-12-01', to: '2027-01-15' },
      { kind: 'joined', name: 'Outi Lindholm' },
      { kind: 'left', name: 'Helena Mäki' },
      { kind: 'differingViews', from: null, to: 'Isä toivoo rutiineja.' },
    ]);
  });
});

describe('rebasePlan', () => {
  it('keeps both sides when they changed different things', () => {
    const theirs = edit((p) => {
      p.actions[0]!.status = 'done';
      p.goals.push({ id: 'g3', familyWords: 'Eetulla on kaveri.', professionalWording: null });
      p.nextComposition.push(kuraattori);
    });
    const mine = edit((p) => {
      p.actions[1]!.dueOn = '2026-11-30';
      p.goals[1]!.professionalWording = 'Vanhempien keinot vahvistuvat.';
      p.actions.push({
        id: 'a4',
        what: 'Lääkärin arvio',
        owner: aino,
        dueOn: null,
        status: 'not_started',
        goalId: 'g2',
      });
      p.nextComposition = [aino];
      p.reevaluationOn = '2027-01-15';
    });
    const { content, conflicts } = rebasePlan(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(content.actions.map((a) => [a.id, a.status, a.dueOn])).toEqual([
      ['a1', 'done', null],
      ['a2', 'in_progress', '2026-11-30'],
      ['a3', 'not_started', null],
      ['a4', 'not_started', null],
    ]);
    expect(content.goals.map((g) => [g.id, g.professionalWording])).toEqual([
      ['g1', 'Poissaolot vähenevät.'],
      ['g2', 'Vanhempien keinot vahvistuvat.'],
      ['g3', null],
    ]);
    expect(content.nextComposition).toEqual([aino, kuraattori]);
    expect(content.reevaluationOn).toBe('2027-01-15');
    // Nothing of either side is lost: from each side's point of view, only the other's changes differ.
    expect(
      diffPlans(theirs, content)
        .map((c) => c.kind)
        .sort(),
    ).toEqual(
      diffPlans(base, mine)
        .map((c) => c.kind)
        .sort(),
    );
  });

  it('keeps the user’s value where both changed the same thing, and says what the other saved', () => {
    const theirs = edit((p) => {
      p.actions[1]!.status = 'done';
      p.howWeLessenConcern = 'Tavataan kuukausittain.';
    });
    const mine = edit((p) => {
      p.actions[1]!.status = 'dropped';
      p.howWeLessenConcern = 'Tavataan joka toinen viikko.';
    });
    const { content, conflicts } = rebasePlan(base, mine, theirs);
    expect(content.actions[1]!.status).toBe('dropped');
    expect(content.howWeLessenConcern).toBe('Tavataan joka toinen viikko.');
    expect(conflicts).toEqual([
      { kind: 'actionStatus', action: 'Välituntituki', theirs: 'done' },
      { kind: 'concern', theirs: 'Tavataan kuukausittain.' },
    ]);
  });

  it('does not lose an item one side removed while the other changed it', () => {
    const theirs = edit((p) => {
      p.goals[1]!.familyWords = 'Aamut sujuvat.';
      p.actions = p.actions.filter((a) => a.id !== 'a1');
    });
    const mine = edit((p) => {
      p.goals = p.goals.filter((g) => g.id !== 'g2');
      p.actions[2]!.goalId = null;
      p.actions[0]!.status = 'done';
    });
    const { content, conflicts } = rebasePlan(base, mine, theirs);
    expect(content.goals.map((g) => g.familyWords)).toEqual([
      'Eetu uskaltaa lähteä kouluun.',
      'Aamut sujuvat.',
    ]);
    expect(content.actions.map((a) => a.id)).toEqual(['a2', 'a3', 'a1']);
    expect(conflicts).toEqual([
      { kind: 'goalKept', goal: 'Aamut sujuvat.' },
      { kind: 'actionRestored', action: 'Hakee koulusta tiistaisin' },
    ]);
  });

  it('removes what one side removed and the other left alone, and unlinks actions from removed goals', () => {
    const theirs = edit((p) => {
      p.goals = p.goals.filter((g) => g.id !== 'g2');
    });
    const mine = edit((p) => {
      p.actions = p.actions.filter((a) => a.id !== 'a2');
    });
    const { content, conflicts } = rebasePlan(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(content.goals.map((g) => g.id)).toEqual(['g1']);
    expect(content.actions.map((a) => [a.id, a.goalId])).toEqual([
      ['a1', 'g1'],
      ['a3', null],
    ]);
  });
});

describe('drafts', () => {
  it('reads an empty draft as a plan with nothing in it', () => {
    expect(toView(emptyPlan())).toEqual({
      goals: [],
      actions: [],
      howWeLessenConcern: null,
      reevaluationOn: null,
      nextComposition: [],
      differingViews: null,
    });
  });

  it('names every changed path, at every level', () => {
    const before = structuredClone(base);
    const after = edit((p) => {
      p.actions[1]!.owner = aino;
    });
    expect(changedPaths(before, after).sort()).toEqual([
      'actions',
      'actions.1',
      'actions.1.owner',
      'actions.1.owner.id',
      'actions.1.owner.kind',
      'actions.1.owner.name',
    ]);
  });
});
