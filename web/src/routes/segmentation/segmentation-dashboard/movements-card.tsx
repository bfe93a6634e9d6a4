// Movements since the previous period: which accounts changed class, downgrades first, so a manager can act on
// them (the account link opens its classification).
import { ArrowDownOutlined, ArrowRightOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Empty, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  type ModelKey,
  type MovementDirection,
  type MovementT,
  useMovements,
} from '../../../api/segmentation.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { MODELS_IN_ORDER, modelLabel, valueTagColor } from '../../../lib/segmentation-labels.ts';

type DirectionFilter = MovementDirection | 'all';
const DIRECTION_RANK: Record<MovementDirection, number> = { down: 0, changed: 1, up: 2 };

interface MovementsCardProps {
  period: string;
  counts: { up: number; down: number };
  /**
   * With a region filter the list endpoint cannot narrow to the region (it takes no regionId), so the
   * dashboard's own latest movements of the region are shown instead, filtered here.
   */
  regionItems?: readonly MovementT[] | undefined;
}

export function MovementsCard({ period, counts, regionItems }: MovementsCardProps) {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<DirectionFilter>('down');
  const [model, setModel] = useState<ModelKey | undefined>(undefined);
  const [page, setPage] = useState(1);
  const pageSize = 10;
  const movements = useMovements(
    {
      period,
      model,
      direction: direction === 'all' ? undefined : direction,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    },
    regionItems === undefined,
  );
  const local = regionItems?.filter(
    (item) => (direction === 'all' || item.direction === direction) && (!model || item.model === model),
  );
  const items = [...(local ?? movements.data?.items ?? [])].sort(
    (a, b) => DIRECTION_RANK[a.direction] - DIRECTION_RANK[b.direction],
  );
  const total = local ? local.length : (movements.data?.total ?? 0);

  return (
    <Card
      size="small"
      title={t('segmentation.movements.title')}
      extra={
        <Space wrap>
          <Select<ModelKey>
            allowClear
            size="small"
            placeholder={t('segmentation.movements.allModels')}
            value={model}
            onChange={(next) => {
              setModel(next);
              setPage(1);
            }}
            options={MODELS_IN_ORDER.map((key) => ({ value: key, label: modelLabel(t, key) }))}
            style={{ width: 180 }}
          />
          <Segmented<DirectionFilter>
            size="small"
            value={direction}
            onChange={(next) => {
              setDirection(next);
              setPage(1);
            }}
            options={[
              { value: 'down', label: `${t('segmentation.movements.down')} ${counts.down}` },
              { value: 'up', label: `${t('segmentation.movements.up')} ${counts.up}` },
              { value: 'all', label: t('segmentation.movements.all') },
            ]}
          />
        </Space>
      }
    >
      {local ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('segmentation.movements.regionSample', { count: regionItems?.length ?? 0 })}
        </Typography.Paragraph>
      ) : null}
      {!local && movements.isError ? (
        <QueryError error={movements.error} onRetry={() => void movements.refetch()} />
      ) : (
        <Table<MovementT>
          rowKey={(row) => `${row.accountId}-${row.model}`}
          size="small"
          loading={!local && movements.isFetching}
          dataSource={items}
          locale={{
            emptyText:
              !local && movements.isPending ? ' ' : <Empty description={t('segmentation.movements.empty')} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total,
            onChange: setPage,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { count: total }),
          }}
          columns={[
            {
              title: t('segmentation.account'),
              key: 'account',
              render: (_: unknown, row) => (
                <Space size={4}>
                  <Link to={`/accounts/${row.accountId}?tab=classification`}>{row.accountName}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.accountCode}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: t('account.field.owner'), dataIndex: 'ownerName', key: 'ownerName', width: 110 },
            {
              title: t('segmentation.movements.model'),
              dataIndex: 'model',
              key: 'model',
              width: 170,
              render: (key: ModelKey) => modelLabel(t, key),
            },
            {
              title: t('segmentation.movements.change'),
              key: 'change',
              render: (_: unknown, row) => (
                <Space size={4}>
                  {row.direction === 'down' ? (
                    <ArrowDownOutlined
                      style={{ color: '#cf1322' }}
                      aria-label={t('segmentation.movements.down')}
                    />
                  ) : row.direction === 'up' ? (
                    <ArrowUpOutlined
                      style={{ color: '#389e0d' }}
                      aria-label={t('segmentation.movements.up')}
                    />
                  ) : null}
                  <Tag color={valueTagColor(row.model, row.from)}>{row.fromLabel}</Tag>
                  <ArrowRightOutlined style={{ color: '#8c8c8c' }} />
                  <Tag color={valueTagColor(row.model, row.to)}>{row.toLabel}</Tag>
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
