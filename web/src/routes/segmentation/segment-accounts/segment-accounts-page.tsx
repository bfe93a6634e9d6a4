// The accounts behind a chart mark (/segmentation/accounts?model=…&value=… or …&x=…&y=… for a grid cell), for the
// dashboard's month and region, paginated; each links to the account's classification.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Breadcrumb, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { type ModelKey, type SegmentAccountT, useSegmentAccounts } from '../../../api/segmentation.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { formatYuan } from '../../../lib/money.ts';
import {
  enumParam,
  intParam,
  PAGE_SIZES,
  pagingParams,
  textParam,
  withParams,
} from '../../../lib/search-params.ts';
import {
  MODELS_IN_ORDER,
  modelLabel,
  scoreText,
  valueLabel,
  valuesOf,
  valueTagColor,
} from '../../../lib/segmentation-labels.ts';
import { periodParam } from '../drill-down.ts';

/** A grid level 0–4 from the URL (0 is a valid level, unlike ids). */
function levelParam(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  return raw !== null && /^[0-4]$/.test(raw) ? Number(raw) : undefined;
}

export default function SegmentAccountsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const model = enumParam(params, 'model', MODELS_IN_ORDER) ?? 'purchase_grid';
  const value = textParam(params, 'value');
  const x = levelParam(params, 'x');
  const y = levelParam(params, 'y');
  const period = periodParam(params);
  const regionId = intParam(params, 'regionId');
  const { page, size } = pagingParams(params);
  const accounts = useSegmentAccounts({
    model,
    value,
    x,
    y,
    period,
    regionId,
    limit: size,
    offset: (page - 1) * size,
  });
  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((current) => withParams(current, { ...changes, page: undefined }), { replace: true });
  const back = `/segmentation?${new URLSearchParams(
    Object.entries({ period, regionId: regionId?.toString() }).flatMap(([key, v]) => (v ? [[key, v]] : [])),
  ).toString()}`;
  const cell = x !== undefined && y !== undefined;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to={back}>{t('segmentation.title')}</Link> },
          { title: t('segmentation.drill.title') },
        ]}
      />
      <div className="kd-page-head">
        <Space align="center" wrap>
          <Link to={back} aria-label={t('segmentation.drill.back')}>
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={4} data-testid="drill-title">
            {modelLabel(t, model)}
            {cell ? ` · ${t('segmentation.drill.cell', { x, y })}` : ''}
            {value ? ` · ${valueLabel(t, model, value)}` : ''}
          </Typography.Title>
          {period ? <Tag>{period}</Tag> : null}
        </Space>
      </div>
      <div className="kd-filters">
        <Select<ModelKey>
          value={model}
          onChange={(next) => update({ model: next, value: undefined, x: undefined, y: undefined })}
          options={MODELS_IN_ORDER.map((key) => ({ value: key, label: modelLabel(t, key) }))}
          style={{ width: 200 }}
          aria-label={t('segmentation.movements.model')}
        />
        <Select<string>
          allowClear
          placeholder={t('segmentation.drill.allValues')}
          value={value}
          onChange={(next) => update({ value: next })}
          options={valuesOf(model).map((option) => ({ value: option, label: valueLabel(t, model, option) }))}
          style={{ width: 180 }}
          aria-label={t('segmentation.drill.value')}
        />
        {cell ? (
          <Tag closable onClose={() => update({ x: undefined, y: undefined })} style={{ lineHeight: '30px' }}>
            {t('segmentation.drill.cell', { x, y })}
          </Tag>
        ) : null}
      </div>
      {accounts.isError ? (
        <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <Table<SegmentAccountT>
          rowKey="accountId"
          size="middle"
          loading={accounts.isFetching}
          dataSource={accounts.data?.items ?? []}
          locale={{
            emptyText: accounts.isPending ? ' ' : <Empty description={t('segmentation.drill.empty')} />,
          }}
          pagination={{
            current: page,
            pageSize: size,
            total: accounts.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES.map(String),
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (nextPage, nextSize) =>
              setParams((current) => withParams(current, { page: nextPage, size: nextSize }), {
                replace: true,
              }),
          }}
          columns={[
            { title: t('account.field.code'), dataIndex: 'code', key: 'code', width: 130 },
            {
              title: t('account.field.name'),
              dataIndex: 'name',
              key: 'name',
              render: (name: string, row) => (
                <Link to={`/accounts/${row.accountId}?tab=classification`}>{name}</Link>
              ),
            },
            { title: t('account.field.owner'), dataIndex: 'ownerName', key: 'ownerName', width: 120 },
            {
              title: modelLabel(t, model),
              key: 'value',
              width: 160,
              render: (_: unknown, row) => <Tag color={valueTagColor(model, row.value)}>{row.label}</Tag>,
            },
            {
              title: t('segmentation.score'),
              dataIndex: 'score',
              key: 'score',
              width: 180,
              align: 'right',
              render: (score: number | null) => (score === null ? '–' : scoreText(t, model, score)),
            },
            {
              title: t('segmentation.revenue'),
              dataIndex: 'revenueFen',
              key: 'revenueFen',
              width: 160,
              align: 'right',
              render: (fen: number) => formatYuan(fen),
            },
          ]}
        />
      )}
    </>
  );
}
