import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Language } from '../../i18n/locale';
import { formatMoney } from '../../money/format-money';

// Modular ECharts: only the bar chart and the parts it needs are bundled.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface MonthTotals {
  month: string;
  planned: string;
  received: string;
  /** The currency of the month's sums (the organisation's; summed in its own scale). */
  currency: string;
}

/** Planned vs received commission per month. Bar heights are floats (pixels only); labels come from the exact decimals. */
export function CommissionChart({ months, labels, language }: { months: MonthTotals[]; labels: { planned: string; received: string }; language: Language }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    const exact = (series: 'planned' | 'received', index: number) => formatMoney(months[index]?.[series] ?? '0', months[index]?.currency ?? 'RUB', language);
    chart.setOption({
      tooltip: { trigger: 'axis', formatter: (items: { dataIndex: number; seriesName: string }[]) => items.map((i) => `${i.seriesName}: ${exact(i.seriesName === labels.planned ? 'planned' : 'received', i.dataIndex)}`).join('<br/>') },
      legend: { data: [labels.planned, labels.received] },
      grid: { left: 80, right: 16, bottom: 32, top: 40 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value' },
      series: [
        { name: labels.planned, type: 'bar', data: months.map((m) => Number(m.planned)) },
        { name: labels.received, type: 'bar', data: months.map((m) => Number(m.received)) },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [months, labels, language]);
  return <div ref={element} role="img" aria-label={`${labels.planned} / ${labels.received}`} style={{ height: 320 }} />;
}
