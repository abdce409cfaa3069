import { i18n } from "discourse-i18n";
import type {
  ConductPlace,
  TransparencyCount,
  TransparencyPage,
  TransparencyPeriod,
} from "../types/index";
import {
  CHART,
  CHART_SERIES,
  type ChartBar,
  type ChartGroup,
  chartGroups,
  type ChartSeries,
} from "./chart";

const PERIOD_LABEL: Record<TransparencyPeriod, string> = {
  month: "discourse_mediation.transparency.periods.month",
  quarter: "discourse_mediation.transparency.periods.quarter",
};

const SERIES_LABEL: Record<ChartSeries, string> = {
  requests: "discourse_mediation.transparency.columns.requests",
  resolved: "discourse_mediation.transparency.columns.resolved",
  escalated: "discourse_mediation.transparency.columns.escalated",
};

export function periodChoices(current: TransparencyPeriod) {
  return (Object.keys(PERIOD_LABEL) as TransparencyPeriod[]).map((period) => ({
    period,
    label: i18n(PERIOD_LABEL[period]),
    isCurrent: period === current,
  }));
}

export function chartLegend() {
  return CHART_SERIES.map((series, index) => ({
    series,
    y: 14 + index * 18,
    label: i18n(SERIES_LABEL[series]),
  }));
}

export interface LabelledBar extends ChartBar {
  label: string;
  isSuppressed: boolean;
  labelX: number;
  labelY: number;
}

export interface LabelledGroup extends Omit<ChartGroup, "bars"> {
  bars: LabelledBar[];
}

/** The chart's bars with the value written above each; hidden counts say so. */
export function labelledGroups(page: TransparencyPage): LabelledGroup[] {
  return chartGroups(page.rows).map((group) => ({
    ...group,
    bars: group.bars.map((bar) => ({
      ...bar,
      label:
        bar.value === null
          ? i18n("discourse_mediation.transparency.fewer_short")
          : String(bar.value),
      isSuppressed: bar.value === null,
      labelX: bar.x + bar.width / 2,
      labelY: bar.y - 4,
    })),
  }));
}

export const CHART_BASELINE_Y = CHART.height - CHART.bottom;

function countText(count: TransparencyCount) {
  return count === "fewer_than_3"
    ? i18n("discourse_mediation.transparency.fewer_than_3")
    : String(count);
}

function medianText(value: number | null) {
  return value === null
    ? i18n("discourse_mediation.transparency.too_few")
    : String(value);
}

/** Where the conduct happened, in the order the table shows the columns. */
export const PLACE_COLUMNS: { place: ConductPlace; label: string }[] = [
  {
    place: "forum",
    label: "discourse_mediation.transparency.columns.cases_by_place.forum",
  },
  {
    place: "private_message",
    label:
      "discourse_mediation.transparency.columns.cases_by_place.private_message",
  },
  {
    place: "elsewhere",
    label: "discourse_mediation.transparency.columns.cases_by_place.elsewhere",
  },
];

/** The table's cells: the same figures as the chart, and more. */
export function tableRows(page: TransparencyPage) {
  return page.rows.map((row) => ({
    period: row.period,
    requests: countText(row.requests),
    resolved: countText(row.resolved),
    escalated: countText(row.escalated),
    outcomes: page.outcomes.map((outcome) =>
      countText(row.outcomes[outcome.key] ?? 0)
    ),
    places: PLACE_COLUMNS.map(({ place }) =>
      countText(row.cases_by_place[place] ?? 0)
    ),
    response: medianText(row.median_first_response_hours),
    decision: medianText(row.median_days_to_decision),
  }));
}
