// How a status reads on a badge or a pill: the next step, never a verdict.

import type { Status } from "../../core/types.js";

export const STATUS_LABEL: Record<Status, string> = {
  adopted: "On target",
  not_adopted: "On the way",
  insufficient_days: "Not assessed yet",
  no_definition: "No target",
};
