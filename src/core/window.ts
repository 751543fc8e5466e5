// The assessment window W. Every kind ends before as_of: as_of's own day is
// still in progress, so counting it would punish everyone for the hours left.

import { UsageError } from "../errors.js";
import {
  addDays,
  addMonths,
  diffDays,
  fiscalQuarterOf,
  isDay,
  isWholeMonths,
  minDay,
  monthsIn,
  rangeLength,
} from "./dates.js";
import type { Day, DayRange, WindowSpec } from "./types.js";

function checkDay(day: Day, what: string): void {
  if (!isDay(day))
    throw new UsageError(`${what} must be a day written YYYY-MM-DD, got ${JSON.stringify(day)}.`);
}

function checkFiscalStart(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new UsageError(`fiscal_year_start_month must be a month number 1..12, got ${month}.`);
  }
}

export function resolveWindow(spec: WindowSpec, asOf: Day, fiscalYearStartMonth: number): DayRange {
  checkDay(asOf, "as_of");
  checkFiscalStart(fiscalYearStartMonth);
  switch (spec.kind) {
    case "previous_quarter": {
      const current = fiscalQuarterOf(asOf, fiscalYearStartMonth);
      return { from: addMonths(current.from, -3), to: addDays(current.from, -1) };
    }
    case "quarter_to_date": {
      const current = fiscalQuarterOf(asOf, fiscalYearStartMonth);
      if (asOf === current.from) {
        throw new UsageError(
          `quarter_to_date is empty: as_of ${asOf} is the first day of its fiscal quarter ` +
            `(${current.from} - ${current.to}) and the window ends the day before as_of. ` +
            "Use previous_quarter, or a later as_of.",
        );
      }
      return { from: current.from, to: addDays(asOf, -1) };
    }
    case "trailing_days": {
      if (!Number.isInteger(spec.days) || spec.days < 1) {
        throw new UsageError(
          `trailing_days must be a whole number of days >= 1, got ${spec.days}.`,
        );
      }
      return { from: addDays(asOf, -spec.days), to: addDays(asOf, -1) };
    }
    case "explicit": {
      checkDay(spec.from, "window.from");
      checkDay(spec.to, "window.to");
      if (spec.from > spec.to) {
        throw new UsageError(`window.from (${spec.from}) is after window.to (${spec.to}).`);
      }
      return { from: spec.from, to: spec.to };
    }
  }
}

/**
 * The period to compare W with. Calendar-shaped windows compare with the same
 * shape: a (fiscal) quarter with the quarter before it, a whole month with the
 * month before; quarter_to_date with the same stretch of the previous quarter
 * (clamped to its end). Any other range: the same number of days just before.
 * Fiscal quarters are whole months, so no fiscal start month is needed.
 */
export function previousWindow(range: DayRange, spec?: WindowSpec): DayRange {
  if (spec?.kind === "quarter_to_date") {
    const from = addMonths(range.from, -3);
    const end = addDays(range.from, -1);
    const to = addDays(from, diffDays(range.from, range.to));
    return { from, to: minDay(to, end) };
  }
  if (
    spec?.kind === "previous_quarter" ||
    (spec?.kind !== "trailing_days" && isWholeMonths(range))
  ) {
    const months = monthsIn(range);
    return { from: addMonths(range.from, -months), to: addDays(range.from, -1) };
  }
  const length = rangeLength(range);
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}
