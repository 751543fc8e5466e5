// What each persona does in a day, at propensity 1. The target activity scales
// with propensity; the rest scales with its square root, because calls and
// meetings happen whether or not someone loves the tool. Volumes are set so that
// 200 people over two quarters and a bit give 300k-600k activity rows.

import type { Persona } from "./teams.js";

export type SubjectKind = "lead" | "contact" | "account" | "recording";

export interface MixEntry {
  type: string;
  source: string;
  perDay: number;
  /** The persona's target activity: scales with propensity itself. */
  primary: boolean;
  subject: SubjectKind;
  /** Multiplier per ISO weekday (index 1 = Monday); weekly rituals such as the Monday forecast. */
  weekday?: readonly number[];
}

export const ACTIVITY_MIX: Record<Exclude<Persona, "csm">, MixEntry[]> = {
  sdr: [
    { type: "email_sent", source: "salesloft", perDay: 20, primary: true, subject: "lead" },
    { type: "call_logged", source: "salesloft", perDay: 3.5, primary: false, subject: "lead" },
    { type: "lead_contacted", source: "salesforce", perDay: 1.5, primary: false, subject: "lead" },
  ],
  ae: [
    { type: "email_sent", source: "salesforce", perDay: 10, primary: true, subject: "contact" },
    { type: "call_logged", source: "salesloft", perDay: 2, primary: false, subject: "contact" },
    { type: "meeting_held", source: "salesforce", perDay: 1.2, primary: false, subject: "contact" },
    { type: "lead_contacted", source: "salesforce", perDay: 0.3, primary: false, subject: "lead" },
  ],
  manager: [
    { type: "recording_viewed", source: "gong", perDay: 3, primary: true, subject: "recording" },
    {
      type: "forecast_updated",
      source: "salesforce",
      perDay: 0.6,
      primary: false,
      subject: "account",
      weekday: [0, 3, 0.6, 0.5, 0.5, 0.4, 0.3, 0.3],
    },
  ],
};

/** Customer success: distinct accounts a day is the target, and some get a second touch. */
export const CSM_TOUCH = {
  type: "account_touched",
  source: "gainsight",
  perDay: 5,
  secondTouch: 0.22,
} as const;

/** Share of activities logged without a lead, contact or account. */
export const NO_SUBJECT_SHARE = 0.03;
/** Lower for CS: a missing account there also lowers the distinct count. */
export const NO_SUBJECT_SHARE_CSM = 0.01;

export const EVENT_PREFIX: Record<string, string> = {
  salesloft: "sl",
  salesforce: "sf",
  gong: "gong",
  gainsight: "gs",
};

/** The tools each persona logs in to, the main one first. */
export const LOGIN_SOURCES: Record<Persona, readonly string[]> = {
  sdr: ["salesloft", "salesforce"],
  ae: ["salesforce", "salesloft"],
  manager: ["salesforce", "gong"],
  csm: ["gainsight", "salesforce"],
};
