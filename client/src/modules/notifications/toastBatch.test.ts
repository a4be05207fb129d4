import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createToastBatch } from './toastBatch';

describe('createToastBatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a burst of twelve as one flush, after the window', () => {
    const flush = vi.fn();
    const batch = createToastBatch<number>(1500, flush);
    for (let i = 0; i < 12; i += 1) batch.add(i);
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1500);
    expect(flush).toHaveBeenCalledOnce();
    expect(flush).toHaveBeenCalledWith([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('starts a new window for what comes after, and drops what is pending when cancelled', () => {
    const flush = vi.fn();
    const batch = createToastBatch<string>(1000, flush);
    batch.add('a');
    vi.advanceTimersByTime(1000);
    batch.add('b');
    vi.advanceTimersByTime(1000);
    expect(flush.mock.calls).toEqual([[['a']], [['b']]]);
    batch.add('c');
    batch.cancel();
    vi.advanceTimersByTime(5000);
    expect(flush).toHaveBeenCalledTimes(2);
  });
});
