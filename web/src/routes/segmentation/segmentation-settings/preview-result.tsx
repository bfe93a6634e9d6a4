// The answer of 预览: how many accounts would change class under the draft settings, per model from → to,
// before anything is saved. Marked outdated once the draft changes again.
import { ArrowRightOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConfigPreviewT, ModelKey } from '../../../api/segmentation.ts';
import { MODELS_IN_ORDER, modelLabel, valueLabel, valueTagColor } from '../../../lib/segmentation-labels.ts';

type Change = ConfigPreviewT['changes'][number];

export function PreviewResult({ preview, outdated }: { preview: ConfigPreviewT; outdated: boolean }) {
  const { t } = useTranslation();
  const changes = [...preview.changes].sort(
    (a, b) => MODELS_IN_ORDER.indexOf(a.model) - MODELS_IN_ORDER.indexOf(b.model) || b.count - a.count,
  );
  return (
    <Card
      size="small"
      title={t('segmentation.settings.previewTitle')}
      data-testid="preview-result"
      extra={outdated ? <Tag color="warning">{t('segmentation.settings.previewOutdated')}</Tag> : null}
    >
      <Alert
        type={preview.changedAccounts > 0 ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        title={t('segmentation.settings.previewSummary', {
          changed: preview.changedAccounts,
          total: preview.totalAccounts,
        })}
      />
      {changes.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('segmentation.settings.previewNoChanges')}
        />
      ) : (
        <Table<Change>
          size="small"
          pagination={false}
          rowKey={(row) => `${row.model}-${row.from}-${row.to}`}
          dataSource={changes}
          columns={[
            {
              title: t('segmentation.movements.model'),
              dataIndex: 'model',
              key: 'model',
              render: (model: ModelKey) => modelLabel(t, model),
            },
            {
              title: t('segmentation.movements.change'),
              key: 'change',
              render: (_: unknown, row) => (
                <Space size={4}>
                  <Tag color={valueTagColor(row.model, row.from)}>{valueLabel(t, row.model, row.from)}</Tag>
                  <ArrowRightOutlined style={{ color: '#8c8c8c' }} />
                  <Tag color={valueTagColor(row.model, row.to)}>{valueLabel(t, row.model, row.to)}</Tag>
                </Space>
              ),
            },
            {
              title: t('segmentation.settings.previewCount'),
              dataIndex: 'count',
              key: 'count',
              align: 'right',
              render: (count: number) => <Typography.Text strong>{count}</Typography.Text>,
            },
          ]}
        />
      )}
    </Card>
  );
}
