import { MatchStatus } from './match.entity';
import {
  acceptColumn,
  allowedFromStatuses,
  availableActions,
  checkTransition,
  MatchAction,
  MatchRole,
  MatchState,
  TRANSITION_ACTIONS,
  TransitionAction,
} from './match-transitions';

const { PROPOSED, OFFERED, CONFIRMED, ACTIVE, COMPLETED, REJECTED, DECLINED, EXPIRED, WITHDRAWN, CANCELLED, AWAITING_EMPLOYER, EMPLOYER_DECLINED } = MatchStatus;
const { CURATOR, NONPROFIT, CANDIDATE, SYSTEM, EMPLOYER } = MatchRole;
const ALL_STATUSES = Object.values(MatchStatus);
const ALL_ROLES = Object.values(MatchRole);
const ACTIONS = TRANSITION_ACTIONS;

const state = (status: MatchStatus, accepted: { nonprofit?: boolean; candidate?: boolean } = {}): MatchState => ({
  status,
  nonprofitAcceptedAt: accepted.nonprofit ? new Date() : null,
  candidateAcceptedAt: accepted.candidate ? new Date() : null,
});

// The table, written out independently of the implementation: [action, from, role, to].
const ALLOWED: [TransitionAction, MatchStatus, MatchRole, MatchStatus][] = [
  [MatchAction.APPROVE, PROPOSED, CURATOR, OFFERED],
  [MatchAction.REJECT, PROPOSED, CURATOR, REJECTED],
  [MatchAction.ACCEPT, OFFERED, NONPROFIT, OFFERED],
  [MatchAction.ACCEPT, OFFERED, CANDIDATE, OFFERED],
  [MatchAction.DECLINE, OFFERED, NONPROFIT, DECLINED],
  [MatchAction.DECLINE, OFFERED, CANDIDATE, DECLINED],
  [MatchAction.WITHDRAW, PROPOSED, CURATOR, WITHDRAWN],
  [MatchAction.WITHDRAW, PROPOSED, SYSTEM, WITHDRAWN],
  [MatchAction.WITHDRAW, OFFERED, CURATOR, WITHDRAWN],
  [MatchAction.WITHDRAW, OFFERED, NONPROFIT, WITHDRAWN],
  [MatchAction.WITHDRAW, OFFERED, SYSTEM, WITHDRAWN],
  [MatchAction.START, CONFIRMED, NONPROFIT, ACTIVE],
  [MatchAction.START, CONFIRMED, CANDIDATE, ACTIVE],
  [MatchAction.COMPLETE, ACTIVE, NONPROFIT, COMPLETED],
  [MatchAction.CANCEL, PROPOSED, CURATOR, CANCELLED],
  [MatchAction.CANCEL, OFFERED, CURATOR, CANCELLED],
  [MatchAction.CANCEL, OFFERED, NONPROFIT, CANCELLED],
  [MatchAction.CANCEL, AWAITING_EMPLOYER, CURATOR, CANCELLED],
  [MatchAction.CANCEL, AWAITING_EMPLOYER, NONPROFIT, CANCELLED],
  [MatchAction.CANCEL, CONFIRMED, CURATOR, CANCELLED],
  [MatchAction.CANCEL, CONFIRMED, NONPROFIT, CANCELLED],
  [MatchAction.CANCEL, ACTIVE, CURATOR, CANCELLED],
  [MatchAction.CANCEL, ACTIVE, NONPROFIT, CANCELLED],
  [MatchAction.EXPIRE, OFFERED, SYSTEM, EXPIRED],
  [MatchAction.APPROVE_SIGN_OFF, AWAITING_EMPLOYER, EMPLOYER, CONFIRMED],
  [MatchAction.DECLINE_SIGN_OFF, AWAITING_EMPLOYER, EMPLOYER, EMPLOYER_DECLINED],
];

describe('match state machine', () => {
  it.each(ALLOWED)('%s from %s by %s leads to %s', (action, from, role, to) => {
    expect(checkTransition(action, state(from), [role])).toEqual({ ok: true, action, from, to, as: role });
  });

  it('refuses every other action, status and role combination', () => {
    const allowed = new Set(ALLOWED.map(([a, f, r]) => `${a}/${f}/${r}`));
    let refused = 0;
    for (const action of ACTIONS) {
      for (const status of ALL_STATUSES) {
        for (const role of ALL_ROLES) {
          if (allowed.has(`${action}/${status}/${role}`)) continue;
          expect(checkTransition(action, state(status), [role]).ok).toBe(false);
          refused++;
        }
      }
    }
    expect(refused).toBe(ACTIONS.length * ALL_STATUSES.length * ALL_ROLES.length - ALLOWED.length);
  });

  it('leaves terminal statuses for good', () => {
    for (const status of [COMPLETED, REJECTED, DECLINED, EXPIRED, WITHDRAWN, CANCELLED, EMPLOYER_DECLINED]) {
      for (const action of ACTIONS) expect(checkTransition(action, state(status), ALL_ROLES).ok).toBe(false);
    }
  });

  it('tells a wrong actor apart from a wrong status', () => {
    expect(checkTransition(MatchAction.COMPLETE, state(ACTIVE), [CANDIDATE])).toMatchObject({ ok: false, kind: 'ACTOR' });
    expect(checkTransition(MatchAction.COMPLETE, state(CONFIRMED), [CANDIDATE])).toMatchObject({ ok: false, kind: 'ACTOR' });
    expect(checkTransition(MatchAction.COMPLETE, state(CONFIRMED), [NONPROFIT])).toMatchObject({
      ok: false,
      kind: 'STATUS',
      message: 'A match that is CONFIRMED cannot be completed.',
    });
    // The nonprofit may cancel, but not a proposal that only curators see.
    expect(checkTransition(MatchAction.CANCEL, state(PROPOSED), [NONPROFIT])).toMatchObject({ ok: false, kind: 'ACTOR' });
    expect(checkTransition(MatchAction.EXPIRE, state(OFFERED), [CURATOR, NONPROFIT, CANDIDATE])).toMatchObject({ ok: false, kind: 'ACTOR' });
  });

  it('confirms on the second acceptance, in either order', () => {
    expect(checkTransition(MatchAction.ACCEPT, state(OFFERED, { candidate: true }), [NONPROFIT])).toMatchObject({ ok: true, to: CONFIRMED, as: NONPROFIT });
    expect(checkTransition(MatchAction.ACCEPT, state(OFFERED, { nonprofit: true }), [CANDIDATE])).toMatchObject({ ok: true, to: CONFIRMED, as: CANDIDATE });
    expect(checkTransition(MatchAction.ACCEPT, state(OFFERED, { nonprofit: true }), [NONPROFIT])).toMatchObject({ ok: false, kind: 'STATUS' });
    // Declining after the other side accepted is still a decline.
    expect(checkTransition(MatchAction.DECLINE, state(OFFERED, { nonprofit: true }), [CANDIDATE])).toMatchObject({ ok: true, to: DECLINED });
  });

  it('lets a curator who is also on one side accept only for that side', () => {
    expect(checkTransition(MatchAction.ACCEPT, state(OFFERED), [CURATOR, NONPROFIT])).toMatchObject({ ok: true, as: NONPROFIT });
    expect(checkTransition(MatchAction.ACCEPT, state(OFFERED), [CURATOR])).toMatchObject({ ok: false, kind: 'ACTOR' });
    expect(checkTransition(MatchAction.ACCEPT, state(OFFERED), [NONPROFIT, CANDIDATE])).toMatchObject({ ok: false, kind: 'ACTOR' });
  });

  it('lists the statuses each action applies to, for the UPDATE guard', () => {
    expect(allowedFromStatuses(MatchAction.ACCEPT)).toEqual([OFFERED]);
    expect(allowedFromStatuses(MatchAction.WITHDRAW)).toEqual([PROPOSED, OFFERED]);
    expect(allowedFromStatuses(MatchAction.CANCEL)).toEqual([PROPOSED, OFFERED, AWAITING_EMPLOYER, CONFIRMED, ACTIVE]);
    expect(allowedFromStatuses(MatchAction.APPROVE_SIGN_OFF)).toEqual([AWAITING_EMPLOYER]);
  });

  it('offers the buttons each side may press', () => {
    expect(availableActions(state(PROPOSED), [CURATOR])).toEqual([MatchAction.APPROVE, MatchAction.REJECT, MatchAction.WITHDRAW, MatchAction.CANCEL]);
    expect(availableActions(state(OFFERED), [CANDIDATE])).toEqual([MatchAction.ACCEPT, MatchAction.DECLINE]);
    expect(availableActions(state(OFFERED, { candidate: true }), [CANDIDATE])).toEqual([MatchAction.DECLINE]);
    expect(availableActions(state(ACTIVE), [NONPROFIT])).toEqual([MatchAction.COMPLETE, MatchAction.CANCEL]);
    expect(availableActions(state(COMPLETED), ALL_ROLES)).toEqual([]);
  });

  it('waits for the employer on the second acceptance when the employer requires sign-off', () => {
    const signOff = (accepted: { nonprofit?: boolean; candidate?: boolean }): MatchState => ({ ...state(OFFERED, accepted), signOffRequired: true });
    expect(checkTransition(MatchAction.ACCEPT, signOff({ candidate: true }), [NONPROFIT])).toMatchObject({ ok: true, to: AWAITING_EMPLOYER, as: NONPROFIT });
    expect(checkTransition(MatchAction.ACCEPT, signOff({ nonprofit: true }), [CANDIDATE])).toMatchObject({ ok: true, to: AWAITING_EMPLOYER, as: CANDIDATE });
    // The first acceptance still only records that side's answer.
    expect(checkTransition(MatchAction.ACCEPT, signOff({}), [CANDIDATE])).toMatchObject({ ok: true, to: OFFERED });
  });

  it('leaves the sign-off to the employer, never to the volunteer, the nonprofit or the curators', () => {
    for (const role of [CURATOR, NONPROFIT, CANDIDATE, SYSTEM]) {
      expect(checkTransition(MatchAction.APPROVE_SIGN_OFF, state(AWAITING_EMPLOYER), [role])).toMatchObject({ ok: false, kind: 'ACTOR' });
      expect(checkTransition(MatchAction.DECLINE_SIGN_OFF, state(AWAITING_EMPLOYER), [role])).toMatchObject({ ok: false, kind: 'ACTOR' });
    }
    // A volunteer who administers their own employer cannot approve their own time.
    expect(checkTransition(MatchAction.APPROVE_SIGN_OFF, state(AWAITING_EMPLOYER), [EMPLOYER, CANDIDATE])).toMatchObject({ ok: false, kind: 'ACTOR' });
    expect(checkTransition(MatchAction.APPROVE_SIGN_OFF, state(CONFIRMED), [EMPLOYER])).toMatchObject({ ok: false, kind: 'STATUS' });
    expect(availableActions(state(AWAITING_EMPLOYER), [EMPLOYER])).toEqual([MatchAction.APPROVE_SIGN_OFF, MatchAction.DECLINE_SIGN_OFF]);
    expect(availableActions(state(AWAITING_EMPLOYER), [CANDIDATE])).toEqual([]);
    expect(availableActions(state(AWAITING_EMPLOYER), [NONPROFIT])).toEqual([MatchAction.CANCEL]);
    expect(availableActions(state(OFFERED), [EMPLOYER])).toEqual([]);
  });

  it('names the column each side accepts in', () => {
    expect(acceptColumn(NONPROFIT)).toBe('nonprofitAcceptedAt');
    expect(acceptColumn(CANDIDATE)).toBe('candidateAcceptedAt');
  });
});
