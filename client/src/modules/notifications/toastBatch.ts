/**
 * Collects notifications of one kind that arrive close together, so that a matching run that
 * proposes 12 pairs makes one toast ("12 new proposals") and not twelve. The first of a burst
 * opens a window; whatever arrives within it joins, and the window's end shows them.
 */
export interface ToastBatch<T> {
  add: (item: T) => void;
  cancel: () => void;
}

export function createToastBatch<T>(windowMs: number, flush: (items: T[]) => void): ToastBatch<T> {
  let pending: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    add(item) {
      pending.push(item);
      timer ??= setTimeout(() => {
        const items = pending;
        pending = [];
        timer = null;
        flush(items);
      }, windowMs);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = [];
    },
  };
}
