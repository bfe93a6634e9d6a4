// [TGT-5] target attainment dashboard: pick a plan and a node of your part of the tree, switch the metric and
// period; the node's monthly target vs actual with attainment, YTD figures with YoY and the run-rate, seed 004's
// three rates, the ranking of units and reps, the waterfall of the gap, and the order lines behind it. Clicks
// drill down company → node → order lines; the breadcrumb goes back up. State lives in the URL.
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  TreeSelect,
  Typography,
} from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import {
  downloadCompletionSheet,
  type MoneyMetric,
  type TrackedNodeT,
  type TrackingPeriod,
  useNodeAttainment,
  useRanking,
  useRefreshActuals,
  useTrackedPlans,
  useTrackingTree,
  useWaterfall,
} from '../../../api/target-tracking.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { formatYuan } from '../../../lib/money.ts';
import { enumParam, intParam, withParams } from '../../../lib/search-params.ts';
import { MonthlyChart } from './monthly-chart.tsx';
import { OrderLinesTable } from './order-lines-table.tsx';
import { RankingChart } from './ranking-chart.tsx';
import { RatesCard } from './rates-card.tsx';
import { formatRate } from './tracking-format.ts';
import { WaterfallChart } from './waterfall-chart.tsx';

const METRICS: readonly MoneyMetric[] = ['revenue', 'collections', 'gross_profit', 'expense'];
const PERIODS: readonly TrackingPeriod[] = ['ytd', 'year', 'month'];

interface TreeOption {
  value: number;
  title: string;
  children: TreeOption[];
}

function treeOptions(nodes: readonly TrackedNodeT[]): TreeOption[] {
  const ids = new Set(nodes.map((n) => n.id));
  const byParent = new Map<number | null, TreeOption[]>();
  const options = new Map(
    nodes.map((n) => [n.id, { value: n.id, title: n.label, children: [] as TreeOption[] }]),
  );
  for (const n of nodes) {
    const parent = n.parentId !== null && ids.has(n.parentId) ? n.parentId : null;
    const option = options.get(n.id);
    if (!option) continue;
    if (parent === null) byParent.set(null, [...(byParent.get(null) ?? []), option]);
    else options.get(parent)?.children.push(option);
  }
  return byParent.get(null) ?? [];
}

export default function TargetDashboardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const plans = useTrackedPlans();
  const planId =
    intParam(params, 'plan') ??
    plans.data?.items.find((p) => p.status === 'published')?.id ??
    plans.data?.items[0]?.id;
  const tree = useTrackingTree(planId);
  const nodeId = intParam(params, 'node') ?? tree.data?.rootIds[0];
  const metric = enumParam(params, 'metric', METRICS) ?? 'revenue';
  const period = enumParam(params, 'period', PERIODS) ?? 'ytd';
  const month = intParam(params, 'month');
  const attainment = useNodeAttainment(planId, nodeId);
  const periodParams = { metric, period, month: period === 'month' ? (month ?? 1) : undefined };
  const units = useRanking(planId, nodeId, { ...periodParams, dimension: 'org_unit' });
  const reps = useRanking(planId, nodeId, { ...periodParams, dimension: 'rep' });
  const children = useRanking(planId, nodeId, periodParams);
  const waterfall = useWaterfall(planId, nodeId, periodParams);
  const refresh = useRefreshActuals();

  const set = useCallback(
    (changes: Record<string, string | number | undefined>) => setParams((p) => withParams(p, changes)),
    [setParams],
  );
  const drill = useCallback((id: number) => set({ node: id, month: undefined }), [set]);
  const options = useMemo(() => treeOptions(tree.data?.nodes ?? []), [tree.data]);

  if (plans.error) return <QueryError error={plans.error} onRetry={() => void plans.refetch()} />;
  if (plans.data && plans.data.items.length === 0) return <Empty description={t('targetTracking.noPlan')} />;
  // A plan in the link that is gone or not theirs: say so instead of loading forever.
  if (tree.error) return <QueryError error={tree.error} onRetry={() => void tree.refetch()} />;
  if (attainment.error)
    return <QueryError error={attainment.error} onRetry={() => void attainment.refetch()} />;
  const view = attainment.data;
  const figures = view?.metrics.find((m) => m.metric === metric);
  const shown = figures
    ? period === 'year'
      ? figures.year
      : period === 'month'
        ? figures.months[(month ?? 1) - 1]
        : figures.ytd
    : undefined;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('targetTracking.title')}
        </Typography.Title>
        <Space wrap>
          <Select
            data-testid="tracking-plan"
            style={{ minWidth: 200 }}
            value={planId}
            placeholder={t('targetTracking.plan')}
            onChange={(id) => set({ plan: id, node: undefined, month: undefined })}
            options={(plans.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} v${p.version}`,
            }))}
          />
          <TreeSelect
            data-testid="tracking-node"
            style={{ minWidth: 220 }}
            value={nodeId}
            treeData={options}
            treeDefaultExpandAll
            placeholder={t('targetTracking.node')}
            onChange={(id: number) => drill(id)}
          />
          <Link to="/targets/market-sizes">{t('targetTracking.marketSizes')}</Link>
          {planId !== undefined && (
            <Button icon={<DownloadOutlined />} onClick={() => void downloadCompletionSheet(planId, nodeId)}>
              {t('targetTracking.exportSheet')}
            </Button>
          )}
          {me.role === 'admin' && planId !== undefined && (
            <Button
              icon={<ReloadOutlined />}
              loading={refresh.isPending}
              onClick={() =>
                refresh.mutate(planId, {
                  onSuccess: (r) => void message.success(t('targetTracking.refreshed', { rows: r.rows })),
                })
              }
            >
              {t('targetTracking.refresh')}
            </Button>
          )}
        </Space>
      </Space>

      {tree.data && tree.data.nodes.length === 0 ? (
        <Empty description={t('targetTracking.noPart')} />
      ) : (
        <>
          <Breadcrumb
            data-testid="tracking-breadcrumb"
            items={(view?.path ?? []).map((p) => ({
              key: p.id,
              title: p.id === nodeId ? p.label : <a onClick={() => drill(p.id)}>{p.label}</a>,
            }))}
          />
          <Space wrap>
            <Segmented
              data-testid="tracking-metric"
              value={metric}
              onChange={(v) => set({ metric: v as string })}
              options={METRICS.map((m) => ({ value: m, label: t(`targetTracking.metric.${m}`) }))}
            />
            <Segmented
              value={period}
              onChange={(v) => set({ period: v as string })}
              options={PERIODS.map((p) => ({ value: p, label: t(`targetTracking.period.${p}`) }))}
            />
            {period === 'month' && (
              <Select
                style={{ width: 90 }}
                value={month ?? 1}
                onChange={(m) => set({ month: m })}
                options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}` }))}
              />
            )}
            {view && (
              <Typography.Text type="secondary">
                {t('targetTracking.through', { month: view.throughMonth })}
              </Typography.Text>
            )}
          </Space>

          <Card size="small" loading={!shown}>
            {shown && figures && (
              <Row gutter={16} data-testid="tracking-figures">
                <Col xs={12} md={4}>
                  <Statistic title={t('targetTracking.target')} value={formatYuan(shown.target)} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={t('targetTracking.actual')} value={formatYuan(shown.actual)} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={t('targetTracking.attainment')} value={formatRate(shown.attainment)} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={t('targetTracking.gap')} value={formatYuan(shown.gap)} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={t('targetTracking.yoy')} value={formatRate(shown.yoy)} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic
                    title={t('targetTracking.projection')}
                    value={figures.projection ? formatYuan(figures.projection.value) : '–'}
                  />
                  {figures.projection && (
                    <Typography.Text type="secondary">
                      {formatRate(figures.projection.attainment)} ·{' '}
                      {t(`targetTracking.projectionMethod.${figures.projection.method}`)}
                    </Typography.Text>
                  )}
                </Col>
              </Row>
            )}
          </Card>

          {planId !== undefined && nodeId !== undefined && <RatesCard planId={planId} nodeId={nodeId} />}

          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('targetTracking.monthly')}>
                {figures && (
                  <MonthlyChart metric={figures} onMonth={(m) => set({ month: m, period: 'month' })} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('targetTracking.waterfall')}>
                {waterfall.data && <WaterfallChart waterfall={waterfall.data} onNode={drill} />}
              </Card>
            </Col>
            {[
              { key: 'units', title: t('targetTracking.rankingUnits'), data: units.data?.items ?? [] },
              { key: 'reps', title: t('targetTracking.rankingReps'), data: reps.data?.items ?? [] },
              { key: 'children', title: t('targetTracking.children'), data: children.data?.items ?? [] },
            ]
              .filter((r) => r.data.length > 0)
              .map((r) => (
                <Col xs={24} lg={8} key={r.key}>
                  <Card size="small" title={r.title}>
                    <RankingChart
                      items={r.data}
                      title={r.title}
                      testId={`tracking-ranking-${r.key}`}
                      onNode={drill}
                    />
                  </Card>
                </Col>
              ))}
          </Row>

          {planId !== undefined && nodeId !== undefined && (
            <Card
              size="small"
              title={
                period === 'month'
                  ? t('targetTracking.orderLinesMonth', { month: month ?? 1 })
                  : t('targetTracking.orderLines')
              }
            >
              <OrderLinesTable
                planId={planId}
                nodeId={nodeId}
                month={period === 'month' ? (month ?? 1) : undefined}
              />
            </Card>
          )}
        </>
      )}
    </Space>
  );
}
