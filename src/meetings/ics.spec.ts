import { escapeText, foldLine, icsDateTime, writeIcs } from './ics';

const event = {
  uid: 'meeting-1@rally',
  stamp: new Date('2026-12-01T08:00:00.123Z'),
  start: new Date('2027-01-04T09:30:00Z'),
  end: new Date('2027-01-04T10:15:00Z'),
  summary: 'Kick-off: Website relaunch',
  description: 'Match page: https://rally.example/matches/1',
  location: 'Room 4, Berlin; bring laptops',
  url: 'https://rally.example/matches/1',
};

describe('the .ics writer', () => {
  it('writes one event in a calendar, times in UTC, CRLF line ends', () => {
    const ics = writeIcs(event);
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Rally//Meetings//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:meeting-1@rally',
      'DTSTAMP:20261201T080000Z',
      'DTSTART:20270104T093000Z',
      'DTEND:20270104T101500Z',
      'SUMMARY:Kick-off: Website relaunch',
      'DESCRIPTION:Match page: https://rally.example/matches/1',
      'LOCATION:Room 4\\, Berlin\\; bring laptops',
      'URL:https://rally.example/matches/1',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('leaves LOCATION out when there is none', () => {
    expect(writeIcs({ ...event, location: null })).not.toContain('LOCATION');
  });

  it('escapes backslashes, separators and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(icsDateTime(new Date('2027-03-05T07:08:09.999Z'))).toBe('20270305T070809Z');
  });

  it('folds lines at 75 octets without splitting a multi-byte character', () => {
    const long = `SUMMARY:${'キックオフ会議'.repeat(10)}`;
    const folded = foldLine(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const [i, part] of folded.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(long);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('folds an ASCII line into 75-octet pieces exactly', () => {
    const folded = foldLine('X'.repeat(200)).split('\r\n');
    expect(folded.map((p) => p.length)).toEqual([75, 75, 52]);
  });
});
