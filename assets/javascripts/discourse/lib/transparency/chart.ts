import type { TransparencyCount, TransparencyRow } from "../types/index";

export type ChartSeries = "requests" | "resolved" | "escalated";

export const CHART_SERIES: readonly ChartSeries[] = [
  "requests",
  "resolved",
  "escalated",
];

export interface ChartBar {
  series: ChartSeries;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The count, or null where it is too small to show. */
  value: number | null;
}

export interface ChartGroup {
  period: string;
  labelX: number;
  bars: ChartBar[];
}

export const CHART = { width: 640, height: 240, top: 16, bottom: 32, gap: 12 };

/**
 * Where each bar goes. A count the server hid ("fewer than 3") is drawn as a
 * short bar with no number, standing for "between one and two".
 */
export function chartGroups(rows: TransparencyRow[]): ChartGroup[] {
  const numbers = rows.flatMap((row) =>
    CHART_SERIES.map((series) => numeric(row[series]))
  );
  const max = Math.max(3, ...numbers);
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const groupWidth = rows.length ? CHART.width / rows.length : CHART.width;
  const barWidth = Math.max(4, (groupWidth - CHART.gap) / CHART_SERIES.length);

  return rows.map((row, index) => {
    const groupX = index * groupWidth + CHART.gap / 2;
    return {
      period: row.period,
      labelX: groupX + (barWidth * CHART_SERIES.length) / 2,
      bars: CHART_SERIES.map((series, position) => {
        const count = row[series];
        const height = (numeric(count) / max) * plotHeight;
        return {
          series,
          x: groupX + position * barWidth,
          y: CHART.top + plotHeight - height,
          width: barWidth - 2,
          height,
          value: count === "fewer_than_3" ? null : count,
        };
      }),
    };
  });
}

/** A hidden small count is drawn at 1.5: between the one and two it may be. */
function numeric(count: TransparencyCount): number {
  return count === "fewer_than_3" ? 1.5 : count;
}
