import { useMutation, useQuery } from '@apollo/client/react';

import {
  AddStatementCommitmentDocument,
  CreateNetworkStatementDocument,
  NetworkStatementDocument,
  NetworkStatementsDocument,
  PublishNetworkStatementDocument,
  SetStatementCommitmentStatusDocument,
  SignNetworkStatementDocument,
  type StatementCommitmentStatus,
  UpdateNetworkStatementDocument,
  WithdrawNetworkStatementDocument,
} from '../../../generated/graphql';
import { useNotifyError } from '../../ui/hooks/useNotifyError';

/** The query of the page a statement is shown on, reloaded after every change: signatures and progress are computed on the server. */
export type StatementsQuery = 'NetworkStatements' | 'NetworkStatement';

export function useNetworkStatements(networkId: string) {
  const { data, loading, error, refetch } = useQuery(NetworkStatementsDocument, { variables: { networkId } });
  return { network: data?.network ?? null, loading: loading && !data, error, refetch: () => void refetch() };
}

export function useNetworkStatement(id: string) {
  const { data, loading, error, refetch } = useQuery(NetworkStatementDocument, { variables: { id } });
  return { statement: data?.networkStatement ?? null, loading: loading && !data, error, refetch: () => void refetch() };
}

/** Runs a mutation, reports a failure as a toast, and answers whether it went through. */
function useAction<V>(run: (variables: V) => Promise<unknown>) {
  const notifyError = useNotifyError();
  return async (variables: V): Promise<boolean> => {
    try {
      await run(variables);
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  };
}

export function useStatementActions(page: StatementsQuery) {
  const refetchQueries = [page];
  const [create, created] = useMutation(CreateNetworkStatementDocument, { refetchQueries });
  const [update, updated] = useMutation(UpdateNetworkStatementDocument, { refetchQueries });
  const [publish] = useMutation(PublishNetworkStatementDocument, { refetchQueries });
  const [withdraw] = useMutation(WithdrawNetworkStatementDocument, { refetchQueries });
  const [sign] = useMutation(SignNetworkStatementDocument, { refetchQueries });
  const [commit, committed] = useMutation(AddStatementCommitmentDocument, { refetchQueries });
  const [setStatus] = useMutation(SetStatementCommitmentStatusDocument, { refetchQueries });
  return {
    create: useAction((v: { networkId: string; organizationId?: string; title: string; body: string }) => create({ variables: v })),
    creating: created.loading,
    update: useAction((v: { statementId: string; version: number; title: string; body: string }) => update({ variables: v })),
    updating: updated.loading,
    publish: useAction((v: { statementId: string; version: number }) => publish({ variables: v })),
    withdraw: useAction((v: { statementId: string }) => withdraw({ variables: v })),
    sign: useAction((v: { statementId: string; organizationId: string }) => sign({ variables: v })),
    commit: useAction((v: { statementId: string; organizationId: string; text: string; dueOn?: string }) => commit({ variables: v })),
    committing: committed.loading,
    setStatus: useAction((v: { commitmentId: string; status: StatementCommitmentStatus; note: string }) => setStatus({ variables: v })),
  };
}
