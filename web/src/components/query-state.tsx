import { Alert, Button, Empty, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale';
import { errorText } from './server-errors';

/** Loading, error and empty states for one query, the same everywhere. */
export function QueryState<T>({ query, empty, children }: { query: UseQueryResult<T>; empty?: (data: T) => boolean; children: (data: T) => ReactNode }) {
  const { t } = useLocale();
  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorText(t, query.error)}
        action={<Button onClick={() => void query.refetch()}>{t('common.reload')}</Button>}
      />
    );
  if (empty?.(query.data)) return <Empty description={t('common.empty')} />;
  return <>{children(query.data)}</>;
}
