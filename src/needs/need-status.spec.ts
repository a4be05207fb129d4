import { deriveNeedStatus, Engagements } from './need-status';
import { NeedStatus } from './need.entity';

const engaged = (active: number, confirmed: number, completed: number): Engagements => ({ active, confirmed, completed });

describe('a need follows its roles', () => {
  const full = [{ seats: 2, seatsFilled: 2 }, { seats: 1, seatsFilled: 1 }];
  const partly = [{ seats: 2, seatsFilled: 1 }, { seats: 1, seatsFilled: 1 }];

  it('stays OPEN while a seat is free', () => {
    expect(deriveNeedStatus(NeedStatus.OPEN, partly, engaged(0, 2, 0))).toBe(NeedStatus.OPEN);
  });

  it('is STAFFED when every seat is confirmed', () => {
    expect(deriveNeedStatus(NeedStatus.OPEN, full, engaged(0, 3, 0))).toBe(NeedStatus.STAFFED);
  });

  it('is IN_PROGRESS while any engagement is active, filled or not', () => {
    expect(deriveNeedStatus(NeedStatus.STAFFED, full, engaged(1, 2, 0))).toBe(NeedStatus.IN_PROGRESS);
    expect(deriveNeedStatus(NeedStatus.OPEN, partly, engaged(1, 0, 0))).toBe(NeedStatus.IN_PROGRESS);
  });

  it('is COMPLETED when every seat is filled and every engagement completed', () => {
    expect(deriveNeedStatus(NeedStatus.IN_PROGRESS, full, engaged(0, 0, 3))).toBe(NeedStatus.COMPLETED);
    expect(deriveNeedStatus(NeedStatus.IN_PROGRESS, full, engaged(0, 1, 2))).toBe(NeedStatus.STAFFED);
  });

  it('reopens when a cancellation frees a seat', () => {
    expect(deriveNeedStatus(NeedStatus.IN_PROGRESS, partly, engaged(0, 2, 0))).toBe(NeedStatus.OPEN);
  });

  it('never touches drafts or cancelled needs', () => {
    expect(deriveNeedStatus(NeedStatus.DRAFT, full, engaged(1, 0, 0))).toBe(NeedStatus.DRAFT);
    expect(deriveNeedStatus(NeedStatus.CANCELLED, full, engaged(1, 0, 0))).toBe(NeedStatus.CANCELLED);
  });
});
