// One model's result on an account: the class, why (the rule that fired, in words), the inputs it used, the
// override with its reason, and the model's history.
import { EditOutlined, HistoryOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, Descriptions, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryItemT, ModelResultT } from '../../../../api/segmentation.ts';
import { useRemoveOverride, useSegmentationConfig } from '../../../../api/segmentation.ts';
import { formatDateTime } from '../../../../lib/dates.ts';
import { formatYuan } from '../../../../lib/money.ts';
import {
  localText,
  modelLabel,
  scoreText,
  valueLabel,
  valueTagColor,
} from '../../../../lib/segmentation-labels.ts';
import { ModelHistory } from './model-history.tsx';

interface ModelResultCardProps {
  accountId: number;
  result: ModelResultT;
  history: readonly HistoryItemT[];
  editable: boolean;
  onOverride: () => void;
}

/** Inputs that repeat what the card shows already (the override and the rule's own result). */
const HIDDEN_INPUTS = new Set(['computedValue', 'computedExplanation', 'overrideReason']);

/** One criterion of the portfolio score as the engine reports it. */
interface CriterionInput {
  axis: string;
  key: string;
  weight: number;
  score: number;
  basis: string;
}

const isCriteria = (value: unknown): value is CriterionInput[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'key' in item);

export function ModelResultCard({ accountId, result, history, editable, onOverride }: ModelResultCardProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const remove = useRemoveOverride(accountId);
  const config = useSegmentationConfig();
  const inputLabels: Record<string, string | undefined> = t('segmentation.input', { returnObjects: true });
  const tokens: Record<string, string | undefined> = t('segmentation.inputValue', { returnObjects: true });
  // jsonb does not keep key order; show inputs in the order the label list gives them.
  const order = Object.keys(inputLabels);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const inputs = Object.entries(result.inputs)
    .filter(([key]) => !HIDDEN_INPUTS.has(key))
    .sort(([a], [b]) => rank(a) - rank(b));

  const criterionLabel = (key: string) => {
    const portfolio = config.data?.config.portfolio;
    const found = [...(portfolio?.attractiveness ?? []), ...(portfolio?.capability ?? [])].find(
      (criterion) => criterion.key === key,
    );
    return found ? localText(found.label, i18n.language) : key;
  };

  /** An input on screen: money (…Fen) as ¥, numbers rounded, known codes in words, criteria as a list. */
  const formatInput = (key: string, value: unknown): React.ReactNode => {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'number') {
      if (/Fen$/.test(key)) return formatYuan(value);
      return Number.isInteger(value) ? String(value) : value.toFixed(2);
    }
    if (typeof value === 'boolean') return value ? t('segmentation.yes') : t('segmentation.no');
    const cfg = config.data?.config;
    if (key === 'subState' && typeof value === 'string' && cfg) {
      const states = Object.values(cfg.loyalty.groups).flatMap((group) => group.subStates);
      const state = states.find((candidate) => candidate.id === value);
      return state ? localText(state.label, i18n.language) : value;
    }
    if (key === 'disruptionRisks' && Array.isArray(value) && cfg) {
      if (value.length === 0) return t('segmentation.input.noRisks');
      return value
        .map((id) => {
          const risk = cfg.kamStage.disruptionRisks.find((candidate) => candidate.id === id);
          return risk ? localText(risk.label, i18n.language) : String(id);
        })
        .join('、');
    }
    if (typeof value === 'string') return tokens[value] ?? value;
    if (isCriteria(value)) {
      return (
        <ul className="kd-plain-list">
          {value.map((criterion) => (
            <li key={`${criterion.axis}-${criterion.key}`}>
              {t(
                `segmentation.portfolio.${criterion.axis === 'capability' ? 'capability' : 'attractiveness'}`,
              )}{' '}
              · {criterionLabel(criterion.key)}：{criterion.score}（
              {tokens[criterion.basis] ?? criterion.basis}，{t('segmentation.settings.weight')}{' '}
              {criterion.weight}）
            </li>
          ))}
        </ul>
      );
    }
    if (Array.isArray(value)) return value.map((item) => String(item)).join('、') || '–';
    return JSON.stringify(value);
  };

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
          <Typography.Text type="secondary">{scoreText(t, result.model, result.score)}</Typography.Text>
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
