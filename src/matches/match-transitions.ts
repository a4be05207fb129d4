import { RoleKind } from '../needs/need-role.entity';
import { MatchStatus } from './match.entity';

/**
 * A match's state machine: which action moves a match from which status to which, and who may take it.
 * Pure: no Nest, no database. The service loads the match and the actor's roles on it, asks here, and
 * writes the answer with a version-checked UPDATE (see match-writer.ts).
 */
export enum MatchAction {
  PROPOSE = 'PROPOSE',
  CREATE_MANUAL = 'CREATE_MANUAL',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  WITHDRAW = 'WITHDRAW',
  START = 'START',
  COMPLETE = 'COMPLETE',
  CANCEL = 'CANCEL',
  EXPIRE = 'EXPIRE',
  APPROVE_SIGN_OFF = 'APPROVE_SIGN_OFF',
  DECLINE_SIGN_OFF = 'DECLINE_SIGN_OFF',
}

/** The parts a person (or Rally itself) can play on one match. One person may hold several. */
export enum MatchRole {
  CURATOR = 'CURATOR',
  NONPROFIT = 'NONPROFIT',
  CANDIDATE = 'CANDIDATE',
  SYSTEM = 'SYSTEM',
  /** An admin of the company the volunteer works for: signs off the employee's pro-bono time. */
  EMPLOYER = 'EMPLOYER',
}

interface Rule {
  from: MatchStatus;
  to: MatchStatus;
  by: readonly MatchRole[];
}

const { PROPOSED, OFFERED, CONFIRMED, ACTIVE, COMPLETED, REJECTED, DECLINED, EXPIRED, WITHDRAWN, CANCELLED, AWAITING_EMPLOYER, EMPLOYER_DECLINED } = MatchStatus;
const { CURATOR, NONPROFIT, CANDIDATE, SYSTEM, EMPLOYER } = MatchRole;

// Creating a match (PROPOSE by a run, CREATE_MANUAL by a curator) is no transition: MatchWriter does it.
// ACCEPT stays OFFERED until both sides have accepted; acceptTarget() picks CONFIRMED for the second one.
// The nonprofit never sees a PROPOSED match (it waits for a curator), so only curators act on those.
// When the volunteer's employer requires sign-off, the second ACCEPT leads to AWAITING_EMPLOYER instead,
// which already holds the seat; the employer's answer confirms it or ends it.
const RULES: Record<Exclude<MatchAction, MatchAction.CREATE_MANUAL | MatchAction.PROPOSE>, readonly Rule[]> = {
  [MatchAction.APPROVE]: [{ from: PROPOSED, to: OFFERED, by: [CURATOR] }],
  [MatchAction.REJECT]: [{ from: PROPOSED, to: REJECTED, by: [CURATOR] }],
  [MatchAction.ACCEPT]: [{ from: OFFERED, to: OFFERED, by: [NONPROFIT, CANDIDATE] }],
  [MatchAction.DECLINE]: [{ from: OFFERED, to: DECLINED, by: [NONPROFIT, CANDIDATE] }],
  [MatchAction.WITHDRAW]: [
    { from: PROPOSED, to: WITHDRAWN, by: [CURATOR, SYSTEM] },
    { from: OFFERED, to: WITHDRAWN, by: [CURATOR, NONPROFIT, SYSTEM] },
  ],
  [MatchAction.START]: [{ from: CONFIRMED, to: ACTIVE, by: [NONPROFIT, CANDIDATE] }],
  [MatchAction.COMPLETE]: [{ from: ACTIVE, to: COMPLETED, by: [NONPROFIT] }],
  [MatchAction.CANCEL]: [
    { from: PROPOSED, to: CANCELLED, by: [CURATOR] },
    { from: OFFERED, to: CANCELLED, by: [CURATOR, NONPROFIT] },
    { from: AWAITING_EMPLOYER, to: CANCELLED, by: [CURATOR, NONPROFIT] },
    { from: CONFIRMED, to: CANCELLED, by: [CURATOR, NONPROFIT] },
    { from: ACTIVE, to: CANCELLED, by: [CURATOR, NONPROFIT] },
  ],
  [MatchAction.EXPIRE]: [{ from: OFFERED, to: EXPIRED, by: [SYSTEM] }],
  [MatchAction.APPROVE_SIGN_OFF]: [{ from: AWAITING_EMPLOYER, to: CONFIRMED, by: [EMPLOYER] }],
  [MatchAction.DECLINE_SIGN_OFF]: [{ from: AWAITING_EMPLOYER, to: EMPLOYER_DECLINED, by: [EMPLOYER] }],
};

export type TransitionAction = keyof typeof RULES;

/** The actions that move an existing match, in the order of the table. */
export const TRANSITION_ACTIONS = Object.keys(RULES) as TransitionAction[];

/** What the state machine needs to know about a match. */
export interface MatchState {
  status: MatchStatus;
  nonprofitAcceptedAt: Date | null;
  candidateAcceptedAt: Date | null;
  candidateKind?: RoleKind;
  /** The volunteer's employer requires sign-off: agreeing leads to AWAITING_EMPLOYER, not CONFIRMED. */
  signOffRequired?: boolean;
}

export interface TransitionPlan {
  ok: true;
  action: TransitionAction;
  from: MatchStatus;
  to: MatchStatus;
  /** The role the actor acts in; for ACCEPT and DECLINE it tells which side spoke. */
  as: MatchRole;
}

export type RefusalKind = 'ACTOR' | 'STATUS';

export interface TransitionRefusal {
  ok: false;
  kind: RefusalKind;
  message: string;
}

export type TransitionCheck = TransitionPlan | TransitionRefusal;

/** Statuses that hold a seat of the role and a unit of the candidate's load (or budget). */
export const SEAT_HOLDING_STATUSES: readonly MatchStatus[] = [AWAITING_EMPLOYER, CONFIRMED, ACTIVE];

const SIGN_OFF_ACTIONS: readonly TransitionAction[] = [MatchAction.APPROVE_SIGN_OFF, MatchAction.DECLINE_SIGN_OFF];

/** Statuses a match may be in for `action` to apply to it, whoever acts. */
export function allowedFromStatuses(action: TransitionAction): MatchStatus[] {
  return [...new Set(RULES[action].map((r) => r.from))];
}

const refuse = (kind: RefusalKind, message: string): TransitionRefusal => ({ ok: false, kind, message });

const WORDS: Record<TransitionAction, [string, string]> = {
  [MatchAction.APPROVE]: ['approve', 'approved'],
  [MatchAction.REJECT]: ['reject', 'rejected'],
  [MatchAction.ACCEPT]: ['accept', 'accepted'],
  [MatchAction.DECLINE]: ['decline', 'declined'],
  [MatchAction.WITHDRAW]: ['withdraw', 'withdrawn'],
  [MatchAction.START]: ['start', 'started'],
  [MatchAction.COMPLETE]: ['complete', 'completed'],
  [MatchAction.CANCEL]: ['cancel', 'cancelled'],
  [MatchAction.EXPIRE]: ['expire', 'expired'],
  [MatchAction.APPROVE_SIGN_OFF]: ['sign off', 'signed off'],
  [MatchAction.DECLINE_SIGN_OFF]: ['decline the sign-off of', 'declined by the employer'],
};

/**
 * Decides whether an actor holding `roles` may take `action` on a match in `state`, and where it leads.
 * Actor first: someone who may never take the action is refused as such (FORBIDDEN) whatever the status;
 * someone who could, but not in this status, is told the status moved on (CONFLICT).
 */
export function checkTransition(action: TransitionAction, state: MatchState, allRoles: readonly MatchRole[]): TransitionCheck {
  const rules = RULES[action];
  // An admin of their own employer still may not approve their own time: the sign-off is someone else's word.
  if (SIGN_OFF_ACTIONS.includes(action) && allRoles.includes(CANDIDATE)) {
    return refuse('ACTOR', 'You cannot sign off your own engagement; another admin of your company must.');
  }
  const roles = startsWork(action, state) ? allRoles : allRoles.filter((r) => r !== CANDIDATE);
  if (!rules.some((r) => r.by.some((b) => roles.includes(b)))) {
    return refuse('ACTOR', `You cannot ${WORDS[action][0]} this match.`);
  }
  const rule = rules.find((r) => r.from === state.status);
  if (!rule) return refuse('STATUS', `A match that is ${state.status} cannot be ${WORDS[action][1]}.`);
  const acting = rule.by.filter((b) => roles.includes(b));
  if (acting.length === 0) return refuse('ACTOR', `You cannot ${WORDS[action][0]} a match that is ${state.status}.`);
  if (action === MatchAction.ACCEPT || action === MatchAction.DECLINE) return sideTransition(action, rule, state, acting);
  return { ok: true, action, from: rule.from, to: rule.to, as: acting[0] };
}

// A funded grant is money, not work: the nonprofit starts it when the project runs, the funder has no work to start.
const startsWork = (action: TransitionAction, state: MatchState): boolean => action !== MatchAction.START || state.candidateKind !== RoleKind.FUNDING;

// Accepting and declining speak for one side; someone on both sides could not say which.
function sideTransition(action: TransitionAction, rule: Rule, state: MatchState, acting: MatchRole[]): TransitionCheck {
  if (acting.includes(NONPROFIT) && acting.includes(CANDIDATE)) {
    return refuse('ACTOR', 'You are on both sides of this match; someone else must answer for one side.');
  }
  const side = acting[0];
  if (action === MatchAction.DECLINE) return { ok: true, action, from: rule.from, to: rule.to, as: side };
  const mine = side === NONPROFIT ? state.nonprofitAcceptedAt : state.candidateAcceptedAt;
  const theirs = side === NONPROFIT ? state.candidateAcceptedAt : state.nonprofitAcceptedAt;
  if (mine) return refuse('STATUS', 'You have already accepted this match; it waits for the other side.');
  if (!theirs) return { ok: true, action, from: rule.from, to: OFFERED, as: side };
  return { ok: true, action, from: rule.from, to: state.signOffRequired ? AWAITING_EMPLOYER : CONFIRMED, as: side };
}

/** The actions an actor could take now: what a client shows as buttons. */
export function availableActions(state: MatchState, roles: readonly MatchRole[]): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((action) => action !== MatchAction.EXPIRE && checkTransition(action, state, roles).ok);
}

/** The side of a match a role speaks for, for accept/decline bookkeeping. */
export function acceptColumn(side: MatchRole): 'nonprofitAcceptedAt' | 'candidateAcceptedAt' {
  return side === NONPROFIT ? 'nonprofitAcceptedAt' : 'candidateAcceptedAt';
}
