// The pure core's public surface: the method as functions over plain data.

export { type AssessOptions, assessCore, checkPersona, summarize } from "./assess.js";
export { buildCalendar, type WorkCalendar } from "./calendar.js";
export {
  addDays,
  addMonths,
  diffDays,
  eachDay,
  endOfMonth,
  type FiscalQuarter,
  fiscalQuarterLabel,
  fiscalQuarterOf,
  fromDayNumber,
  inRange,
  intersect,
  isDay,
  isoWeekday,
  isoWeekKey,
  isoWeekStart,
  maxDay,
  minDay,
  monthKey,
  rangeLength,
  startOfMonth,
  toDayNumber,
} from "./dates.js";
export {
  type DayClass,
  type Eligibility,
  eligibility,
  INELIGIBLE_REASONS,
  isAbsent,
  isEmployed,
  type PersonDays,
} from "./eligibility.js";
export { type Evaluation, evaluate, measureTarget } from "./evaluate.js";
export { meetsTarget, targetRatio, toFraction } from "./exact.js";
export { explainCore, findPerson } from "./explain.js";
export { checkHolidayCountry, holidaysIn } from "./holidays.js";
export { isRegularUser, loginDays, loginRate } from "./logins.js";
export { quotaAttainment, quotaIn, revenueIn } from "./outcomes.js";
export { personaOn, roleOn, teamOn } from "./roles.js";
export { dayInZone, isTimeZone } from "./timezone.js";
export * from "./types.js";
export { previousWindow, resolveWindow } from "./window.js";
