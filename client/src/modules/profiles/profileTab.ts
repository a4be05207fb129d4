export type ProfileTab = 'volunteer' | 'mentor';

/** Opens on the profile the person has: someone who only mentors never meets an empty volunteer form first. */
export function initialProfileTab(profiles: { volunteerProfile: unknown; mentorProfile: unknown }): ProfileTab {
  return profiles.mentorProfile && !profiles.volunteerProfile ? 'mentor' : 'volunteer';
}
