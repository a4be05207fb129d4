import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LoadMoreButton({ hasNextPage, loading, onLoadMore }: { hasNextPage: boolean; loading: boolean; onLoadMore: () => void }) {
  const { t } = useTranslation();
  if (!hasNextPage) return null;
  return (
    <Center>
      <Button variant="default" loading={loading} onClick={onLoadMore}>
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
