// [TGT-5] market sizes 市场容量 per year, region (org unit) and segment, the base of market share 市场占有率 =
// our sales ÷ market size. Everyone sees the sizes of their part of the organisation; admins, directors and
// managers enter them (mayEditMarketSizes, the server's rule): everyone else sees no entry form and no remove.
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayEditMarketSizes } from '../../../../../src/core/target/market-size-editors.ts';
import { useMe } from '../../../api/auth.ts';
import { useOrgUnits } from '../../../api/org.ts';
import {
  type MarketSizeT,
  useMarketSizes,
  useRemoveMarketSize,
  useSetMarketSize,
} from '../../../api/target-tracking.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { orgUnitLabel } from '../../../components/region-select.tsx';
import { YuanField } from '../../../components/yuan-field.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { errorText } from '../../../lib/error-text.ts';
import { formatYuan } from '../../../lib/money.ts';
import { type MarketSizeFormValues, marketSizeInputOf } from './market-size-form.ts';

export default function MarketSizesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState<number | undefined>(undefined);
  const sizes = useMarketSizes(year);
  const units = useOrgUnits();
  const save = useSetMarketSize();
  const remove = useRemoveMarketSize();
  const [form] = Form.useForm<MarketSizeFormValues>();
  const editor = mayEditMarketSizes(useMe().role);

  const onFinish = (values: MarketSizeFormValues) =>
    save.mutate(marketSizeInputOf(values), {
      onSuccess: () => void message.success(t('targetTracking.marketSize.saved')),
      onError: (error) => void message.error(errorText(error)),
    });

  if (sizes.error) return <QueryError error={sizes.error} onRetry={() => void sizes.refetch()} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('targetTracking.marketSize.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('targetTracking.marketSize.intro')}</Typography.Paragraph>
      {editor ? (
        <Card size="small" title={t('targetTracking.marketSize.add')}>
          <Form<MarketSizeFormValues>
            form={form}
            layout="inline"
            data-testid="market-size-form"
            initialValues={{ year: new Date().getFullYear(), segment: '' }}
            onFinish={onFinish}
          >
            <Form.Item name="year" label={t('targetTracking.marketSize.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item
              name="orgUnitId"
              label={t('targetTracking.marketSize.orgUnit')}
              rules={[{ required: true }]}
            >
              <Select
                id="market-size-unit"
                style={{ minWidth: 160 }}
                loading={units.isLoading}
                options={(units.data ?? []).map((u) => ({
                  value: u.id,
                  label: orgUnitLabel(u, i18n.language),
                }))}
              />
            </Form.Item>
            <Form.Item name="segment" label={t('targetTracking.marketSize.segment')}>
              <Input placeholder={t('targetTracking.marketSize.allSegments')} style={{ width: 120 }} />
            </Form.Item>
            <YuanField
              name="sizeYuan"
              label={t('targetTracking.marketSize.size')}
              required
              testId="market-size-amount"
            />
            <Form.Item name="source" label={t('targetTracking.marketSize.source')}>
              <Input style={{ width: 160 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('targetTracking.marketSize.save')}
            </Button>
          </Form>
        </Card>
      ) : null}
      <Space>
        <Typography.Text>{t('targetTracking.marketSize.year')}</Typography.Text>
        <InputNumber min={2000} max={2100} value={year ?? null} onChange={(v) => setYear(v ?? undefined)} />
      </Space>
      <Table<MarketSizeT>
        data-testid="market-size-table"
        size="small"
        rowKey="id"
        loading={sizes.isLoading}
        dataSource={sizes.data?.items ?? []}
        locale={{ emptyText: t('targetTracking.marketSize.empty') }}
        pagination={false}
        columns={[
          { title: t('targetTracking.marketSize.year'), dataIndex: 'year', width: 80 },
          { title: t('targetTracking.marketSize.orgUnit'), dataIndex: 'orgUnitName' },
          {
            title: t('targetTracking.marketSize.segment'),
            dataIndex: 'segment',
            render: (s: string) => s || t('targetTracking.marketSize.allSegments'),
          },
          {
            title: t('targetTracking.marketSize.size'),
            dataIndex: 'sizeFen',
            align: 'right',
            render: (v: number) => formatYuan(v),
          },
          {
            title: t('targetTracking.marketSize.source'),
            dataIndex: 'source',
            render: (s: string | null) => s ?? '–',
          },
          {
            title: t('targetTracking.marketSize.updatedBy'),
            dataIndex: 'updatedBy',
            render: (s: string | null) => s ?? '–',
          },
          {
            title: t('targetTracking.marketSize.updatedAt'),
            dataIndex: 'updatedAt',
            render: (s: string) => formatDateTime(s),
          },
          {
            key: 'actions',
            render: (_: unknown, row) =>
              editor ? (
                <Popconfirm
                  title={t('targetTracking.marketSize.removeConfirm')}
                  onConfirm={() =>
                    remove.mutate(row.id, { onError: (error) => void message.error(errorText(error)) })
                  }
                >
                  <Button size="small" danger type="link">
                    {t('targetTracking.marketSize.remove')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}
