import type { FocusArea, MentorProfileFieldsFragment, MentorProfileInput, VolunteerProfileFieldsFragment, VolunteerProfileInput } from '../../generated/graphql';
import { isFocusArea } from '../domain/enums';
import { defaultProfileValues, type ProfileFormValues } from './components/ProfileForm';

function causes(values: ProfileFormValues): FocusArea[] {
  return values.causes.filter(isFocusArea);
}

export function volunteerFormValues(profile: VolunteerProfileFieldsFragment | null, language: string): ProfileFormValues {
  if (!profile) return defaultProfileValues(language);
  return {
    headline: profile.headline,
    bio: profile.bio,
    languages: profile.languages,
    country: profile.country,
    timeZone: profile.timeZone,
    hoursPerMonth: profile.hoursPerMonth,
    capacity: profile.maxConcurrentEngagements,
    causes: profile.causes,
    remoteOk: profile.remoteOk,
    onSiteOk: profile.onSiteOk,
    available: profile.available,
    skills: profile.skills.map((s) => ({ skillId: s.skill.id, level: s.level })),
  };
}

export function mentorFormValues(profile: MentorProfileFieldsFragment | null, language: string): ProfileFormValues {
  if (!profile) return defaultProfileValues(language);
  return {
    ...defaultProfileValues(language),
    headline: profile.headline,
    bio: profile.bio,
    languages: profile.languages,
    country: profile.country,
    timeZone: profile.timeZone,
    hoursPerMonth: profile.hoursPerMonth,
    capacity: profile.menteeCapacity,
    causes: profile.causes,
    available: profile.available,
    skills: profile.expertise.map((s) => ({ skillId: s.skill.id, level: s.level })),
  };
}

export function toVolunteerInput(values: ProfileFormValues, employerId: string | null): VolunteerProfileInput {
  return {
    headline: values.headline,
    bio: values.bio,
    languages: values.languages,
    country: values.country,
    timeZone: values.timeZone,
    hoursPerMonth: values.hoursPerMonth,
    maxConcurrentEngagements: values.capacity,
    causes: causes(values),
    remoteOk: values.remoteOk,
    onSiteOk: values.onSiteOk,
    available: values.available,
    employerId,
    skills: values.skills.map(({ skillId, level }) => ({ skillId, level })),
  };
}

export function toMentorInput(values: ProfileFormValues): MentorProfileInput {
  return {
    headline: values.headline,
    bio: values.bio,
    languages: values.languages,
    country: values.country,
    timeZone: values.timeZone,
    hoursPerMonth: values.hoursPerMonth,
    menteeCapacity: values.capacity,
    causes: causes(values),
    available: values.available,
    expertise: values.skills.map(({ skillId, level }) => ({ skillId, level })),
  };
}
