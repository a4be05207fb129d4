import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import { MeDocument, MyProfilesDocument, UpsertMentorProfileDocument, UpsertVolunteerProfileDocument } from '../../../generated/graphql';
import type { ProfileFormValues } from '../components/ProfileForm';
import { toMentorInput, toVolunteerInput } from '../profileValues';

export function useMyProfiles() {
  const query = useQuery(MyProfilesDocument);
  // A first profile makes the viewer a volunteer or mentor, which changes the navigation.
  const options = { refetchQueries: [MeDocument] };
  const [upsertVolunteer, volunteerState] = useMutation(UpsertVolunteerProfileDocument, options);
  const [upsertMentor, mentorState] = useMutation(UpsertMentorProfileDocument, options);

  const saveVolunteer = useCallback(
    async (values: ProfileFormValues, employerId: string | null) => {
      await upsertVolunteer({ variables: { input: toVolunteerInput(values, employerId) } });
    },
    [upsertVolunteer],
  );
  const saveMentor = useCallback(
    async (values: ProfileFormValues) => {
      await upsertMentor({ variables: { input: toMentorInput(values) } });
    },
    [upsertMentor],
  );

  return {
    volunteerProfile: query.data?.myVolunteerProfile ?? null,
    mentorProfile: query.data?.myMentorProfile ?? null,
    loading: query.loading && !query.data,
    error: query.error,
    refetch: () => void query.refetch(),
    saveVolunteer,
    saveMentor,
    saving: volunteerState.loading || mentorState.loading,
  };
}
