// 客户分级 dashboard ([SEG-1]…[SEG-8]): for a month and region, the X/Y grid, the portfolio matrix, the CLP
// pyramid, the 80/20 curve, the other models' distributions and the movements since the previous month. Every
// mark drills down to its accounts. Admins and directors recompute here.
import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import { type ModelKey, useSegmentationConfig, useSegmentationDashboard } from '../../../api/segmentation.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { RegionSelect } from '../../../components/region-select.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { canConfigureSegmentation } from '../../../lib/permissions.ts';
import { intParam, withParams } from '../../../lib/search-params.ts';
import { modelLabel, valueTagColor } from '../../../lib/segmentation-labels.ts';
import { type DrillTarget, drillPath, periodParam } from '../drill-down.ts';
import { RecomputePanel } from '../recompute/recompute-panel.tsx';
import { ClpPyramidChart } from './clp-pyramid-chart.tsx';
import { DistributionChart } from './distribution-chart.tsx';
import { MovementsCard } from './movements-card.tsx';
import { ParetoChart } from './pareto-chart.tsx';
import { PortfolioChart } from './portfolio-chart.tsx';
import { PurchaseGridChart } from './purchase-grid-chart.tsx';

/** Models shown as small bar charts (the others have their own charts). */
const DISTRIBUTION_MODELS: readonly ModelKey[] = [
  'lifecycle',
  'relationship_stage',
  'kam_stage',
  'org_relationship',
  'loyalty',
];
const DEFAULT_PORTFOLIO_THRESHOLD = 50;

export default function SegmentationDashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const period = periodParam(params);
  const regionId = intParam(params, 'regionId');
  const dashboard = useSegmentationDashboard(period, regionId);
  const config = useSegmentationConfig();
  const manager = canConfigureSegmentation(me.role);
  const shownPeriod = dashboard.data?.period ?? period;

  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((current) => withParams(current, changes), { replace: true });
  const drill = useCallback(
    (target: DrillTarget) => navigate(drillPath(target, { period: shownPeriod, regionId })),
    [navigate, shownPeriod, regionId],
  );
  const drillCell = useCallback((x: number, y: number) => drill({ model: 'purchase_grid', x, y }), [drill]);
  const drillValue = useCallback((model: ModelKey) => (value: string) => drill({ model, value }), [drill]);

  const head = (
    <div className="kd-page-head">
      <Typography.Title level={4}>{t('segmentation.title')}</Typography.Title>
      <Space wrap>
        <DatePicker
          picker="month"
          allowClear
          placeholder={t('segmentation.period')}
          value={shownPeriod ? dayjs(`${shownPeriod}-01`) : null}
          onChange={(value) => update({ period: value ? value.format('YYYY-MM') : undefined })}
          disabledDate={(date) => date.isAfter(dayjs(), 'month')}
          aria-label={t('segmentation.period')}
        />
        <RegionSelect
          allowClear
          placeholder={t('segmentation.allRegions')}
          value={regionId}
          onChange={(value) => update({ regionId: value })}
          style={{ width: 160 }}
        />
        {manager ? (
          <Link to="/segmentation/settings">
            <Button icon={<SettingOutlined />}>{t('segmentation.settings.title')}</Button>
          </Link>
        ) : null}
        <RecomputePanel canStart={manager} />
      </Space>
    </div>
  );

  if (dashboard.isError) {
    return (
      <>
        {head}
        <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      </>
    );
  }
  if (!dashboard.data) {
    return (
      <>
        {head}
        <Skeleton active paragraph={{ rows: 12 }} />
      </>
    );
  }
  const data = dashboard.data;
  if (data.computedAt === null || data.accountCount === 0) {
    return (
      <>
        {head}
        <Card>
          <Empty
            description={manager ? t('segmentation.empty') : t('segmentation.emptyReader')}
            data-testid="segmentation-empty"
          />
        </Card>
      </>
    );
  }

  const threshold = config.data?.config.portfolio?.highThreshold ?? DEFAULT_PORTFOLIO_THRESHOLD;
  const distributions = DISTRIBUTION_MODELS.flatMap((model) => {
    const found = data.distributions.find((distribution) => distribution.model === model);
    return found ? [found] : [];
  });

  return (
    <>
      {head}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('segmentation.stats.accounts')} value={data.accountCount} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('segmentation.stats.vip')} value={data.vipCount} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('segmentation.stats.movements')}
              valueRender={() => (
                <Space size={12}>
                  <Typography.Text type="danger" style={{ fontSize: 22 }}>
                    ↓ {data.movements.down}
                  </Typography.Text>
                  <Typography.Text type="success" style={{ fontSize: 22 }}>
                    ↑ {data.movements.up}
                  </Typography.Text>
                </Space>
              )}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('segmentation.stats.computedAt', { period: data.period })}
              value={formatDateTime(data.computedAt)}
              styles={{ content: { fontSize: 18 } }}
            />
          </Card>
        </Col>

        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={t('segmentation.grid.title')}
            extra={<Typography.Text type="secondary">{t('segmentation.clickToDrill')}</Typography.Text>}
          >
            <PurchaseGridChart grid={data.grid} onCell={drillCell} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('segmentation.portfolio.title')}>
            <Space size={4} wrap>
              {data.portfolioCounts.map((item) => (
                <Tag
                  key={item.value}
                  color={valueTagColor('portfolio', item.value)}
                  style={{ cursor: 'pointer' }}
                  onClick={() => drill({ model: 'portfolio', value: item.value })}
                >
                  {item.label} {item.count}
                </Tag>
              ))}
            </Space>
            <PortfolioChart
              portfolio={data.portfolio}
              threshold={threshold}
              onQuadrant={drillValue('portfolio')}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('segmentation.clp.title')}>
            <ClpPyramidChart clp={data.clp} onTier={drillValue('clp_tier')} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('segmentation.pareto.title')}>
            <ParetoChart pareto={data.pareto} onTop={() => drill({ model: 'pareto', value: 'top' })} />
          </Card>
        </Col>
        {distributions.map((distribution) => (
          <Col xs={24} md={12} xl={8} key={distribution.model}>
            <Card size="small" title={modelLabel(t, distribution.model)}>
              <DistributionChart
                model={distribution.model}
                items={distribution.items}
                onValue={drillValue(distribution.model)}
              />
            </Card>
          </Col>
        ))}
        <Col span={24}>
          <MovementsCard
            period={data.period}
            counts={data.movements}
            regionItems={regionId ? data.movements.items : undefined}
          />
        </Col>
      </Row>
    </>
  );
}
