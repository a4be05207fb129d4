import { EntityManager } from 'typeorm';

// How many engagements hold a person now, moved by the matches feature when an engagement starts (+1)
// or ends (-1), in its transaction and after it has locked the candidate step (needs/lock-order.ts).
// The CHECKs load ≤ capacity turn a race that would overfill into a failed transaction (CONFLICT).

export async function changeVolunteerLoad(m: EntityManager, profileId: string, delta: 1 | -1): Promise<void> {
  await m.query('UPDATE volunteer_profile SET active_engagements = GREATEST(active_engagements + $2, 0) WHERE id = $1', [profileId, delta]);
}

export async function changeMentorLoad(m: EntityManager, profileId: string, delta: 1 | -1): Promise<void> {
  await m.query('UPDATE mentor_profile SET active_mentees = GREATEST(active_mentees + $2, 0) WHERE id = $1', [profileId, delta]);
}
