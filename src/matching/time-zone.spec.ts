import { utcOffsetMinutes } from './time-zone';

describe('utcOffsetMinutes', () => {
  const winter = new Date('2026-01-15T12:00:00Z');
  const summer = new Date('2026-07-15T12:00:00Z');

  it('reads whole, half-hour and negative offsets', () => {
    expect(utcOffsetMinutes('Asia/Tokyo', winter)).toBe(540);
    expect(utcOffsetMinutes('Asia/Kolkata', winter)).toBe(330);
    expect(utcOffsetMinutes('America/New_York', winter)).toBe(-300);
    expect(utcOffsetMinutes('UTC', winter)).toBe(0);
  });

  it('follows daylight saving time', () => {
    expect(utcOffsetMinutes('Europe/Berlin', winter)).toBe(60);
    expect(utcOffsetMinutes('Europe/Berlin', summer)).toBe(120);
  });

  it('treats an unknown zone as UTC', () => {
    expect(utcOffsetMinutes('Mars/Olympus_Mons', winter)).toBe(0);
  });
});
