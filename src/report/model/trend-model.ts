// The weekly trend per persona over the previous window and the assessed one.

import type { TrendPoint } from "../../core/trend.js";
import type { DayRange, MethodConfig } from "../../core/types.js";
import type { TrendWeek } from "../charts/trend-chart.js";
import { shortDay } from "../html/format.js";
import { perDayUnit } from "./definition.js";

export interface TrendModel {
  persona: string;
  label: string;
  target: number;
  unit: string;
  weeks: TrendWeek[];
}

export function trendModels(
  points: readonly TrendPoint[],
  method: MethodConfig,
  window: DayRange,
): TrendModel[] {
  const models: TrendModel[] = [];
  for (const persona of method.personas) {
    const first = persona.targets[0];
    if (first === undefined) continue;
    models.push({
      persona: persona.id,
      label: persona.label,
      target: first.per_day,
      unit: perDayUnit(first),
      weeks: points
        .filter((p) => p.persona === persona.id)
        .map((p) => ({
          label: shortDay(p.from),
          per_day: p.per_day,
          share_at_target: p.share_at_target,
          // A week that straddles the window's start belongs to the window.
          previous: p.to < window.from,
        })),
    });
  }
  return models;
}
