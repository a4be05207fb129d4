import { useMutation, useQuery } from '@apollo/client/react';

import {
  MyNetworksDocument,
  NeedNetworkSharesDocument,
  NetworkImpactDocument,
  NetworkPageDocument,
  PartnerVolunteersDocument,
  ProgramNetworkSharesDocument,
  ProposeAsPartnerDocument,
  ShareNeedDocument,
  ShareProgramDocument,
  UnshareNeedDocument,
  UnshareProgramDocument,
} from '../../../generated/graphql';

/** The viewer's networks; skipped for anyone who curates for no intermediary. */
export function useMyNetworks(isCurator: boolean) {
  const { data, loading } = useQuery(MyNetworksDocument, { skip: !isCurator });
  return { networks: data?.myNetworks ?? [], loading: loading && !data };
}

export function useNetworkPage(id: string) {
  const { data, loading, error, refetch } = useQuery(NetworkPageDocument, { variables: { id } });
  return { network: data?.network ?? null, loading: loading && !data, error, refetch: () => void refetch() };
}

export function useNetworkImpact(networkId: string) {
  const { data } = useQuery(NetworkImpactDocument, { variables: { networkId } });
  return data?.impact ?? null;
}

export function useNeedNetworkShares(needId: string) {
  const { data } = useQuery(NeedNetworkSharesDocument, { variables: { needId } });
  const [share, { loading: sharing }] = useMutation(ShareNeedDocument);
  const [unshare, { loading: unsharing }] = useMutation(UnshareNeedDocument);
  return {
    networks: data?.myNetworks ?? [],
    sharedWith: new Set(data?.need.sharedWithNetworkIds ?? []),
    busy: sharing || unsharing,
    setShared: async (networkId: string, shared: boolean) => {
      await (shared ? share : unshare)({ variables: { needId, networkId } });
    },
  };
}

export function useProgramNetworkShares(programId: string) {
  const { data } = useQuery(ProgramNetworkSharesDocument, { variables: { programId } });
  const [share, { loading: sharing }] = useMutation(ShareProgramDocument);
  const [unshare, { loading: unsharing }] = useMutation(UnshareProgramDocument);
  return {
    networks: data?.myNetworks ?? [],
    sharedWith: new Set(data?.program.sharedWithNetworkIds ?? []),
    busy: sharing || unsharing,
    setShared: async (networkId: string, shared: boolean) => {
      await (shared ? share : unshare)({ variables: { programId, networkId } });
    },
  };
}

export function usePartnerVolunteers(search: string, skip: boolean) {
  const { data, loading } = useQuery(PartnerVolunteersDocument, { variables: { search: search.trim() || null }, skip });
  return { volunteers: data?.volunteerProfiles.nodes ?? [], loading };
}

export function useProposeAsPartner() {
  const [mutate, { loading }] = useMutation(ProposeAsPartnerDocument);
  return {
    proposing: loading,
    propose: async (input: { roleId: string; volunteerProfileId: string; note: string }) => {
      await mutate({ variables: { input } });
    },
  };
}
