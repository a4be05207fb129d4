import { NeedStatus } from '../needs/need.entity';
import { MatchStatus } from './match.entity';
import { deriveNeedStatus } from './need-progress';

const { PROPOSED, OFFERED, CONFIRMED, ACTIVE, COMPLETED, CANCELLED, DECLINED } = MatchStatus;

describe('a need follows its roles', () => {
  const full = [{ seats: 2, seatsFilled: 2 }, { seats: 1, seatsFilled: 1 }];
  const partly = [{ seats: 2, seatsFilled: 1 }, { seats: 1, seatsFilled: 1 }];

  it('stays OPEN while a seat is free', () => {
    expect(deriveNeedStatus(NeedStatus.OPEN, partly, [CONFIRMED, CONFIRMED, OFFERED])).toBe(NeedStatus.OPEN);
  });

  it('is STAFFED when every seat is confirmed', () => {
    expect(deriveNeedStatus(NeedStatus.OPEN, full, [CONFIRMED, CONFIRMED, CONFIRMED, DECLINED])).toBe(NeedStatus.STAFFED);
  });

  it('is IN_PROGRESS while any engagement is active, filled or not', () => {
    expect(deriveNeedStatus(NeedStatus.STAFFED, full, [ACTIVE, CONFIRMED, CONFIRMED])).toBe(NeedStatus.IN_PROGRESS);
    expect(deriveNeedStatus(NeedStatus.OPEN, partly, [ACTIVE, PROPOSED])).toBe(NeedStatus.IN_PROGRESS);
  });

  it('is COMPLETED when every seat is filled and every engagement completed', () => {
    expect(deriveNeedStatus(NeedStatus.IN_PROGRESS, full, [COMPLETED, COMPLETED, COMPLETED, CANCELLED])).toBe(NeedStatus.COMPLETED);
    expect(deriveNeedStatus(NeedStatus.IN_PROGRESS, full, [COMPLETED, COMPLETED, CONFIRMED])).toBe(NeedStatus.STAFFED);
  });

  it('reopens when a cancellation frees a seat', () => {
    expect(deriveNeedStatus(NeedStatus.IN_PROGRESS, partly, [CANCELLED, CONFIRMED, CONFIRMED])).toBe(NeedStatus.OPEN);
  });

  it('never touches drafts or cancelled needs', () => {
    expect(deriveNeedStatus(NeedStatus.DRAFT, full, [ACTIVE])).toBe(NeedStatus.DRAFT);
    expect(deriveNeedStatus(NeedStatus.CANCELLED, full, [ACTIVE])).toBe(NeedStatus.CANCELLED);
  });
});
