// Monthly revenue (bars) and gross profit (line) over the last years; when the account has subsidiaries,
// the group total (account + all subsidiaries, [ACC-1] roll-up) is drawn as a second line.
import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountRevenueT } from '../../../api/accounts.ts';
import { formatYuan, formatYuanCompact } from '../../../lib/money.ts';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

interface TooltipParam {
  axisValueLabel: string;
  marker: string;
  seriesName: string;
  value: number;
}

export function RevenueChart({ revenue }: { revenue: AccountRevenueT }) {
  const { t, i18n } = useTranslation();
  const withGroup = revenue.subsidiaryCount > 0;

  const option = useMemo(() => {
    const months = revenue.months.map((month) => month.month);
    const series = [
      {
        name: t('account.revenue.own'),
        type: 'bar',
        data: revenue.months.map((month) => month.revenueFen),
        itemStyle: { color: '#5b8ff9' },
        barMaxWidth: 18,
      },
      {
        name: t('account.revenue.grossProfit'),
        type: 'line',
        data: revenue.months.map((month) => month.grossProfitFen),
        itemStyle: { color: '#5ad8a6' },
        smooth: true,
        symbolSize: 4,
      },
    ];
    if (withGroup) {
      series.push({
        name: t('account.revenue.group'),
        type: 'line',
        data: revenue.months.map((month) => month.groupRevenueFen),
        itemStyle: { color: '#f6bd16' },
        smooth: true,
        symbolSize: 4,
      });
    }
    return {
      grid: { left: 64, right: 24, top: 40, bottom: 64 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        formatter: (params: TooltipParam[]) => {
          const head = params[0]?.axisValueLabel ?? '';
          const lines = params.map((p) => `${p.marker}${p.seriesName}：${formatYuan(p.value)}`);
          return [head, ...lines].join('<br/>');
        },
      },
      xAxis: { type: 'category', data: months },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (value: number) => formatYuanCompact(value, i18n.language) },
      },
      dataZoom: [{ type: 'slider', height: 18, bottom: 12 }],
      series,
    };
  }, [revenue, withGroup, t, i18n.language]);

  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: 340, width: '100%' }}
      aria-label={t('account.revenue.title')}
    />
  );
}
