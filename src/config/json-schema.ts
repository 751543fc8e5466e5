// A JSON Schema of uptake.yml for editors (completion, hover help, and red
// squiggles for typos), generated from the same zod schema that validates.

import * as z from "zod";
import { specSchema } from "./schema.js";

export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(specSchema, { io: "input", target: "draft-2020-12" }),
    title: "uptake.yml",
    description:
      "Configuration of uptake: how adoption of sales technology is measured. Checks that span keys (activity names, holiday regions) are made by uptake itself.",
  };
}
