// [SEG-3] customer lifetime profit tiers as a pyramid, strategic at the top; beside it each tier's
// relationship-development approach. A click on a tier opens its accounts.
import { Col, Row, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardT } from '../../../api/segmentation.ts';
import { type ChartClick, EChart } from '../../../components/echart.tsx';
import { formatYuanCompact } from '../../../lib/money.ts';
import { valueColor, valuesOf, valueTagColor } from '../../../lib/segmentation-labels.ts';

type Tier = DashboardT['clp'][number];

interface TierDatum {
  name: string;
  value: number;
  tier: Tier;
  itemStyle: { color: string };
}

export function ClpPyramidChart({
  clp,
  onTier,
}: {
  clp: DashboardT['clp'];
  onTier: (value: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const order = valuesOf('clp_tier');
  const tiers = useMemo(
    () => [...clp].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value)),
    [clp, order],
  );

  const option = useMemo(() => {
    // The pyramid's shape is the tier's rank (strategic narrowest); counts and revenue are in the labels.
    const data: TierDatum[] = tiers.map((tier, index) => ({
      name: tier.label,
      value: index + 1,
      tier,
      itemStyle: { color: valueColor('clp_tier', tier.value) },
    }));
    return {
      tooltip: {
        formatter: (params: { data: TierDatum }) => {
          const { tier } = params.data;
          return `<b>${tier.label}</b><br/>${t('segmentation.accountsCount', { count: tier.count })} · ${formatYuanCompact(tier.revenueFen, i18n.language)}`;
        },
      },
      series: [
        {
          type: 'funnel',
          sort: 'ascending',
          left: '8%',
          width: '84%',
          top: 8,
          bottom: 8,
          minSize: '28%',
          gap: 3,
          data,
          label: {
            position: 'inside',
            color: '#fff',
            formatter: (params: { data: TierDatum }) =>
              t('segmentation.clp.tierLabel', {
                label: params.data.tier.label,
                count: params.data.tier.count,
              }),
          },
        },
      ],
    };
  }, [tiers, t, i18n.language]);

  const onClick = useMemo(
    () => (event: ChartClick) => {
      const datum = event.data as TierDatum | undefined;
      if (datum?.tier) onTier(datum.tier.value);
    },
    [onTier],
  );

  return (
    <Row gutter={16} align="middle">
      <Col xs={24} md={11}>
        <EChart
          option={option}
          height={260}
          onClick={onClick}
          ariaLabel={t('segmentation.clp.title')}
          testId="clp-chart"
        />
      </Col>
      <Col xs={24} md={13}>
        <ul className="kd-plain-list">
          {tiers.map((tier) => (
            <li key={tier.value}>
              <Tag color={valueTagColor('clp_tier', tier.value)}>{tier.label}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {tier.approach || '–'}
              </Typography.Text>
            </li>
          ))}
        </ul>
      </Col>
    </Row>
  );
}
