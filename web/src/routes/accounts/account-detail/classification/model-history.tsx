// A model's history as a timeline, newest first; consecutive months with the same class are one entry
// ("2024-01 – 2024-06: A 类"), so a change stands out.
import { Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryItemT, ModelKey } from '../../../../api/segmentation.ts';
import { valueColor } from '../../../../lib/segmentation-labels.ts';

interface Span {
  from: string;
  to: string;
  value: string;
  label: string;
  overridden: boolean;
}

/** Groups months (any order) into runs of the same value and override state, newest run first. */
export function historySpans(items: readonly HistoryItemT[]): Span[] {
  const sorted = [...items].sort((a, b) => a.period.localeCompare(b.period));
  const spans: Span[] = [];
  for (const item of sorted) {
    const last = spans[spans.length - 1];
    if (last && last.value === item.value && last.overridden === item.overridden) {
      last.to = item.period;
    } else {
      spans.push({
        from: item.period,
        to: item.period,
        value: item.value,
        label: item.label,
        overridden: item.overridden,
      });
    }
  }
  return spans.reverse();
}

export function ModelHistory({ model, items }: { model: ModelKey; items: readonly HistoryItemT[] }) {
  const { t } = useTranslation();
  const spans = historySpans(items);
  if (spans.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('segmentation.history.empty')} />;
  }
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={spans.map((span) => ({
        key: span.from,
        color: valueColor(model, span.value),
        content: (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {span.from === span.to ? span.from : `${span.from} – ${span.to}`}
            </Typography.Text>{' '}
            <Typography.Text strong>{span.label}</Typography.Text>
            {span.overridden ? (
              <Tag color="purple" style={{ marginInlineStart: 6 }}>
                {t('segmentation.override.tag')}
              </Tag>
            ) : null}
          </>
        ),
      }))}
    />
  );
}
