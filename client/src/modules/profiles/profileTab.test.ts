import { describe, expect, it } from 'vitest';

import { initialProfileTab } from './profileTab';

describe('initialProfileTab', () => {
  it('opens a mentor without a volunteer profile on the mentor profile', () => {
    expect(initialProfileTab({ volunteerProfile: null, mentorProfile: { id: 'm' } })).toBe('mentor');
  });

  it('opens on the volunteer profile for volunteers, both-profile people and newcomers', () => {
    expect(initialProfileTab({ volunteerProfile: { id: 'v' }, mentorProfile: null })).toBe('volunteer');
    expect(initialProfileTab({ volunteerProfile: { id: 'v' }, mentorProfile: { id: 'm' } })).toBe('volunteer');
    expect(initialProfileTab({ volunteerProfile: null, mentorProfile: null })).toBe('volunteer');
  });
});
