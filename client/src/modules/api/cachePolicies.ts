import type { FieldPolicy, TypePolicies } from '@apollo/client';

interface ConnectionShape {
  nodes: unknown[];
  pageInfo: unknown;
  totalCount: number;
}

/** A list fetched with `after` continues the cached one; without it, it replaces it. */
export function connectionPolicy(keyArgs: string[] = ['filter']): FieldPolicy<ConnectionShape> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

const CONNECTION_FIELDS = [
  'needs',
  'fundingOffers',
  'programs',
  'skills',
  'organizations',
  'volunteerProfiles',
  'mentorProfiles',
  'networks',
  'affiliations',
  'matches',
  'notifications',
  'matchingRuns',
  'hoursLogs',
  'messageThreads',
];

export const typePolicies: TypePolicies = {
  Query: {
    // The matches list is one field for every screen: its order is part of which list a page continues.
    fields: {
      ...Object.fromEntries(CONNECTION_FIELDS.map((field) => [field, connectionPolicy()])),
      matches: connectionPolicy(['filter', 'orderBy']),
      events: connectionPolicy(['when']),
    },
  },
  Event: { fields: { attendees: connectionPolicy([]) } },
  // Memberships and profile skills have no identity of their own in the cache.
  ProfileSkill: { keyFields: false },
  RoleSkill: { keyFields: false },
};
