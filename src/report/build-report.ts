// The report end to end: read the assessment context once, build the model,
// render the page. The only I/O here is loadContext's.

import { loadContext } from "../app/context.js";
import type { AssessOptions } from "../app/options.js";
import { VERSION } from "../version.js";
import { renderTargetsChart } from "./charts/targets.js";
import { renderReport } from "./render-report.js";
import { reportModel } from "./report-model.js";

export async function buildReport(options: AssessOptions): Promise<string> {
  const ctx = await loadContext(options);
  return renderReport(reportModel(ctx, VERSION), { targetsChart: (w) => renderTargetsChart(w) });
}
