import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

import { type BrowseParams, readBrowseParams, writeBrowseParams } from '../browseFilter';

/**
 * The browse filters, kept in the URL. The router renders a URL change in a transition, so a second
 * change made before that render (a fast typist, a test driver) would start from the old URL and undo
 * the first; the filters are therefore state that each change builds on, and the URL follows it.
 * A URL this page did not write (back, forward, a shared link) replaces the state.
 */
export function useBrowseParams(): [BrowseParams, (patch: Partial<BrowseParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const [values, setValues] = useState(() => readBrowseParams(searchParams));
  const written = useRef(new Set([search]));

  useEffect(() => {
    const next = writeBrowseParams(values).toString();
    if (next === search) return;
    written.current.add(next);
    setSearchParams(next, { replace: true });
    // Only the filters decide what to write; the URL they produce is read below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values]);

  useEffect(() => {
    if (written.current.has(search)) return;
    written.current = new Set([search]);
    setValues(readBrowseParams(new URLSearchParams(search)));
  }, [search]);

  return [values, (patch) => setValues((current) => ({ ...current, ...patch }))];
}
