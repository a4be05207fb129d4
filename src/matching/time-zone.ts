const OFFSET = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/;

/**
 * The offset from UTC, in minutes, of an IANA time zone at `at` (so daylight saving time counts).
 * An unknown zone counts as UTC: a bad profile value should cost a little location score, not fail a run.
 */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return 0;
  }
  const match = name ? OFFSET.exec(name) : null;
  if (!match?.[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** utcOffsetMinutes memoized for one run: thousands of profiles share a few dozen zones. */
export function utcOffsetCache(at: Date): (timeZone: string) => number {
  const cache = new Map<string, number>();
  return (timeZone) => {
    let offset = cache.get(timeZone);
    if (offset === undefined) {
      offset = utcOffsetMinutes(timeZone, at);
      cache.set(timeZone, offset);
    }
    return offset;
  };
}
