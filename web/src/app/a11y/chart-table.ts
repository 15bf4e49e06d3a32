import type { EChartsCoreOption } from 'echarts/core';

interface Series {
  name?: string;
  data?: unknown[];
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? value : value ? [value] : []) as T[];
const cell = (value: unknown): string => String(value !== null && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : (value ?? ''));

/** Whether a chart has anything to draw: some value other than zero (all-zero bars are bare axes). */
export function hasData(table: { rows: string[][] }): boolean {
  return table.rows.some(([, ...values]) => values.some((value) => value !== '' && Number(value) !== 0));
}

/**
 * A chart's numbers as rows of text, for a screen reader's table: one row per category of a bar or
 * line chart (one column per series), or one row per slice of a pie.
 */
export function chartTable(option: EChartsCoreOption): { head: string[]; rows: string[][] } {
  const series = list<Series>(option.series);
  const axes = [...list<{ type?: string; data?: unknown[] }>(option.xAxis), ...list<{ type?: string; data?: unknown[] }>(option.yAxis)];
  const categories = axes.find((axis) => axis.type === 'category' && Array.isArray(axis.data))?.data;
  if (categories) {
    return {
      head: ['', ...series.map((s) => s.name ?? '')],
      rows: categories.map((category, i) => [cell(category), ...series.map((s) => cell(s.data?.[i]))]),
    };
  }
  return {
    head: ['', series[0]?.name ?? ''],
    rows: series.flatMap((s) => list<{ name?: string; value?: unknown }>(s.data).map((d) => [String(d.name ?? ''), cell(d)])),
  };
}
