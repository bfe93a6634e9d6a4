// One ECharts canvas: registers the chart types the app uses (tree-shaken build) and forwards clicks, so every
// chart can drill down to the records behind a mark.
import { BarChart, FunnelChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';

echarts.use([
  BarChart,
  FunnelChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  DataZoomComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** What ECharts passes to a click handler; `data` is the clicked data item as given in the option. */
export interface ChartClick {
  componentType: string;
  seriesIndex?: number;
  dataIndex: number;
  data: unknown;
  name: string;
}

interface EChartProps {
  option: Record<string, unknown>;
  height: number;
  onClick?: (event: ChartClick) => void;
  ariaLabel: string;
  testId?: string;
}

export function EChart({ option, height, onClick, ariaLabel, testId }: EChartProps) {
  const events = useMemo(
    () => (onClick ? { click: (event: ChartClick) => onClick(event) } : undefined),
    [onClick],
  );
  return (
    <div data-testid={testId} role="img" aria-label={ariaLabel}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        onEvents={events}
        style={{ height, width: '100%', cursor: onClick ? 'pointer' : undefined }}
      />
    </div>
  );
}
