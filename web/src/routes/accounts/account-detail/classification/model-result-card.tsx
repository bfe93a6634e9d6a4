// One model's result on an account: the class, why (the rule that fired, in words), the inputs it used, the
// override with its reason, and the model's history.
import { EditOutlined, HistoryOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, Descriptions, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryItemT, ModelResultT } from '../../../../api/segmentation.ts';
import { useRemoveOverride } from '../../../../api/segmentation.ts';
import { formatDateTime } from '../../../../lib/dates.ts';
import { formatYuan } from '../../../../lib/money.ts';
import { modelLabel, valueLabel, valueTagColor } from '../../../../lib/segmentation-labels.ts';
import { ModelHistory } from './model-history.tsx';

interface ModelResultCardProps {
  accountId: number;
  result: ModelResultT;
  history: readonly HistoryItemT[];
  editable: boolean;
  onOverride: () => void;
}

/** An input value on screen: money fields (…Fen) as ¥, numbers rounded, lists and objects compactly. */
function formatInput(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number') {
    if (/Fen$/.test(key)) return formatYuan(value);
    return Number.isInteger(value) ? String(value) : value.toFixed(2);
  }
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => formatInput('', item)).join('、') || '–';
  return JSON.stringify(value);
}

export function ModelResultCard({ accountId, result, history, editable, onOverride }: ModelResultCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useRemoveOverride(accountId);
  const inputLabels: Record<string, string | undefined> = t('segmentation.input', { returnObjects: true });
  const inputs = Object.entries(result.inputs).filter(([key]) => key !== 'computedValue');

  return (
    <Card
      size="small"
      data-testid={`model-${result.model}`}
      title={modelLabel(t, result.model)}
      extra={
        editable ? (
          <Space size={0}>
            {result.overridden ? (
              <Popconfirm
                title={t('segmentation.override.removeConfirm')}
                okText={t('segmentation.override.remove')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove
                    .mutateAsync(result.model)
                    .then(() => message.success(t('segmentation.override.removed')))
                    .catch((error: Error) => message.error(error.message))
                }
              >
                <Button size="small" type="link" icon={<UndoOutlined />} loading={remove.isPending}>
                  {t('segmentation.override.remove')}
                </Button>
              </Popconfirm>
            ) : null}
            <Button size="small" type="link" icon={<EditOutlined />} onClick={onOverride}>
              {t('segmentation.override.button')}
            </Button>
          </Space>
        ) : null
      }
      style={{ height: '100%' }}
    >
      <Space align="center" wrap style={{ marginBottom: 8 }}>
        <Tag color={valueTagColor(result.model, result.value)} style={{ fontSize: 15, padding: '2px 10px' }}>
          {result.label}
        </Tag>
        {result.score !== null ? (
          <Typography.Text type="secondary">
            {t('segmentation.score')} {result.score.toFixed(1)}
          </Typography.Text>
        ) : null}
        {result.overridden && result.override ? (
          <Tooltip
            title={t('segmentation.override.by', {
              by: result.override.by,
              at: formatDateTime(result.override.at),
            })}
          >
            <Tag color="purple">
              {t('segmentation.override.computed', {
                value: valueLabel(t, result.model, result.override.computedValue),
              })}
            </Tag>
          </Tooltip>
        ) : null}
      </Space>
      <Typography.Paragraph style={{ marginBottom: 8 }} data-testid={`explanation-${result.model}`}>
        <Typography.Text type="secondary">{t('segmentation.why')}</Typography.Text>
        {result.explanation}
      </Typography.Paragraph>
      {result.overridden && result.override ? (
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('segmentation.override.reason')}：</Typography.Text>
          {result.override.reason}
        </Typography.Paragraph>
      ) : null}
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'inputs',
            label: t('segmentation.inputs', { count: inputs.length }),
            children: (
              <Descriptions
                size="small"
                column={1}
                items={inputs.map(([key, value]) => ({
                  key,
                  label: inputLabels[key] ?? key,
                  children: formatInput(key, value),
                }))}
              />
            ),
          },
          {
            key: 'history',
            label: (
              <span>
                <HistoryOutlined /> {t('segmentation.history.title')}
              </span>
            ),
            children: <ModelHistory model={result.model} items={history} />,
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('segmentation.computedAt', { time: formatDateTime(result.computedAt) })}
      </Typography.Text>
    </Card>
  );
}
