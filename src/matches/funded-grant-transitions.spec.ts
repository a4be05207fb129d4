import { RoleKind } from '../needs/need-role.entity';
import { MatchStatus } from './match.entity';
import { availableActions, checkTransition, MatchAction, MatchRole } from './match-transitions';

const confirmed = (candidateKind: RoleKind) => ({ status: MatchStatus.CONFIRMED, nonprofitAcceptedAt: new Date(), candidateAcceptedAt: new Date(), candidateKind });

describe('a funded grant', () => {
  it('offers the funder no "start work"; the nonprofit starts it', () => {
    expect(availableActions(confirmed(RoleKind.FUNDING), [MatchRole.CANDIDATE])).not.toContain(MatchAction.START);
    expect(checkTransition(MatchAction.START, confirmed(RoleKind.FUNDING), [MatchRole.CANDIDATE])).toMatchObject({ ok: false, kind: 'ACTOR' });
    expect(availableActions(confirmed(RoleKind.FUNDING), [MatchRole.NONPROFIT])).toContain(MatchAction.START);
  });

  it('still lets a volunteer or mentor start their work', () => {
    expect(availableActions(confirmed(RoleKind.VOLUNTEER), [MatchRole.CANDIDATE])).toContain(MatchAction.START);
    expect(availableActions(confirmed(RoleKind.MENTOR), [MatchRole.CANDIDATE])).toContain(MatchAction.START);
  });
});
