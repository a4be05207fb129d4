export const viewerFields = /* GraphQL */ `
  fragment ViewerFields on User {
    id
    email
    name
    locale
    isPlatformAdmin
    memberships {
      id
      role
      organization {
        id
        name
        kind
      }
    }
    volunteerProfile {
      id
    }
    mentorProfile {
      id
    }
  }
`;

export const me = /* GraphQL */ `
  query Me {
    me {
      ...ViewerFields
    }
  }
`;

export const signIn = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      refreshToken
      user {
        ...ViewerFields
      }
    }
  }
`;

export const signUp = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      refreshToken
      user {
        ...ViewerFields
      }
    }
  }
`;

export const refreshSession = /* GraphQL */ `
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
    }
  }
`;

export const signOut = /* GraphQL */ `
  mutation SignOut($refreshToken: String!) {
    signOut(refreshToken: $refreshToken)
  }
`;

export const updateMyLocale = /* GraphQL */ `
  mutation UpdateMyLocale($locale: String!) {
    updateMe(input: { locale: $locale }) {
      id
      locale
    }
  }
`;

export const signUpWithInvitation = /* GraphQL */ `
  mutation SignUpWithInvitation($input: SignUpWithInvitationInput!) {
    signUpWithInvitation(input: $input) {
      accessToken
      refreshToken
      user {
        ...ViewerFields
      }
    }
  }
`;

export const acceptInvitation = /* GraphQL */ `
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      role
      organization {
        id
        name
      }
    }
  }
`;
