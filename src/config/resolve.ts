// Validated spec -> the Config the rest of uptake works with: weekdays as ISO
// numbers, personas as an ordered list with labels and activities filled in,
// the database as an absolute path, and the source for provenance.

import { createHash } from "node:crypto";
import { resolve as resolvePath } from "node:path";
import {
  type IsoWeekday,
  type PersonaDef,
  STANDARD_ACTIVITY_TYPES,
  type WindowSpec,
} from "../core/types.js";
import type { Config } from "./config.js";
import { DEFAULTS } from "./defaults.js";
import { type Spec, WEEKDAYS } from "./schema.js";

export interface ConfigSource {
  /** Absolute path of the config file, or null for the defaults. */
  path: string | null;
  text: string;
  /** Folder that a relative `database` path is relative to. */
  baseDir: string;
}

export function resolveSpec(spec: Spec, source: ConfigSource): Config {
  const standard: readonly string[] = STANDARD_ACTIVITY_TYPES;
  return {
    timezone: spec.timezone,
    fiscal_year_start_month: spec.fiscal_year_start_month,
    window: resolveWindow(spec.window),
    calendar: {
      weekend: unique(spec.calendar.weekend.map(isoWeekday)).sort((a, b) => a - b),
      holidays: {
        country: spec.calendar.holidays.country?.toUpperCase() ?? null,
        dates: unique(spec.calendar.holidays.dates).sort(),
      },
    },
    eligibility: { ...spec.eligibility },
    personas: Object.entries(spec.personas).map(([id, persona]) => resolvePersona(id, persona)),
    activity_types: unique(spec.activity_types).filter((t) => !standard.includes(t)),
    gap: { ...spec.gap },
    privacy: { ...spec.privacy },
    database: resolvePath(source.baseDir, spec.database ?? DEFAULTS.database),
    source: {
      path: source.path,
      text: source.text,
      hash: createHash("sha256").update(source.text, "utf8").digest("hex"),
    },
  };
}

function resolveWindow(window: Spec["window"]): WindowSpec {
  if (typeof window === "string") return { kind: window };
  if ("trailing_days" in window) return { kind: "trailing_days", days: window.trailing_days };
  return { kind: "explicit", from: window.from, to: window.to };
}

function isoWeekday(day: (typeof WEEKDAYS)[number]): IsoWeekday {
  return (WEEKDAYS.indexOf(day) + 1) as IsoWeekday;
}

/**
 * The label defaults to the id. Activities default to the targets'
 * activities; an explicit list is kept in its order, and a scored activity it
 * leaves out is added, since work that is scored is work.
 */
function resolvePersona(id: string, persona: Spec["personas"][string]): PersonaDef {
  const targets = persona.targets.map((t) => ({ ...t }));
  return {
    id,
    label: persona.label ?? id,
    rule: persona.rule,
    targets,
    activities: unique([...(persona.activities ?? []), ...targets.map((t) => t.activity)]),
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
