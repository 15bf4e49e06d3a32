import Empty from 'antd/es/empty';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { chartTable, hasData } from './a11y/chart-table';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * An ECharts chart that follows its option and its container's width. Only the charts used are bundled. Drawn
 * in SVG: sharp at any zoom and text size, lighter on a phone than a canvas the size of the card, and its
 * labels can be measured by a test.
 * Screen readers get the same numbers as a table; a chart without data says so instead of drawing bare axes.
 */
export function Chart({ option, height = 320, testId, title }: { option: EChartsCoreOption; height?: number; testId?: string; title?: string }) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const table = chartTable(option);
  const empty = !hasData(table);
  useEffect(() => {
    if (!element.current || empty) return;
    const chart = init(element.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option, empty]);
  if (empty) {
    return (
      <div style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }} data-testid={testId} data-empty="true">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('a11y.noData')} />
      </div>
    );
  }
  return (
    <figure style={{ margin: 0 }}>
      <div ref={element} style={{ width: '100%', height }} data-testid={testId} aria-hidden="true" />
      <table className="gj-sr-only">
        <caption>{title ?? t('a11y.chartData')}</caption>
        <thead>
          <tr>
            {table.head.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed header row
              <th key={i} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([name, ...values], i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows follow the chart's categories
            <tr key={i}>
              <th scope="row">{name}</th>
              {values.map((value, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the chart's series
                <td key={j}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
