import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';

import { ImpactCsvDocument, type ImpactCsvQueryVariables } from '../../../generated/graphql';
import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { downloadCsv } from '../csv';

/** The API writes the CSV (the same figures as the report); the browser saves it as a file. */
export function useImpactCsv() {
  const client = useApolloClient();
  const notifyError = useNotifyError();
  const [downloading, setDownloading] = useState(false);
  const download = async (variables: ImpactCsvQueryVariables, filename: string) => {
    setDownloading(true);
    try {
      const { data } = await client.query({ query: ImpactCsvDocument, variables, fetchPolicy: 'network-only' });
      if (data) downloadCsv(filename, data.impactCsv);
    } catch (error) {
      notifyError(error);
    } finally {
      setDownloading(false);
    }
  };
  return { download, downloading };
}
