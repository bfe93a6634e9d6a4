// The table of an actuals list: one page from the server, loading and empty states (the empty text says whether
// the filters hide everything), the page and its size kept in the URL, and a retryable error instead of rows.
import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/query-error.tsx';
import { PAGE_SIZES } from '../../lib/search-params.ts';
import type { FactListParams } from './fact-list-params.ts';

interface FactTableProps<T> {
  list: FactListParams;
  rows: UseQueryResult<{ items: T[]; total: number }>;
  columns: NonNullable<TableProps<T>['columns']>;
  /** Shown when there are no rows at all, and when the filters leave none. */
  empty: string;
  emptyFiltered: string;
  scrollX?: number;
  testId?: string;
}

export function FactTable<T extends { id: number }>({
  list,
  rows,
  columns,
  empty,
  emptyFiltered,
  scrollX = 900,
  testId,
}: FactTableProps<T>) {
  const { t } = useTranslation();
  if (rows.isError) return <QueryError error={rows.error} onRetry={() => void rows.refetch()} />;
  return (
    <Table<T>
      data-testid={testId}
      rowKey="id"
      size="middle"
      dataSource={rows.data?.items ?? []}
      loading={rows.isFetching}
      scroll={{ x: scrollX }}
      locale={{
        emptyText: rows.isPending ? ' ' : <Empty description={list.hasFilters ? emptyFiltered : empty} />,
      }}
      pagination={{
        current: list.page,
        pageSize: list.size,
        total: rows.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (total) => t('common.total', { count: total }),
      }}
      onChange={(pagination) =>
        list.update(
          {
            page: pagination.current === 1 ? undefined : pagination.current,
            size: pagination.pageSize === PAGE_SIZES[0] ? undefined : pagination.pageSize,
          },
          true,
        )
      }
      columns={columns}
    />
  );
}
