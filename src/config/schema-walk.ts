// Reads the zod schema itself, so that "unknown key" problems can list the
// keys that are allowed there and the template test can check that every key
// is shown, without a second list of keys to keep in step.

import type * as z from "zod";
import type { PathKey } from "./problem.js";
import { specSchema } from "./schema.js";

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  valueType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
}

const def = (schema: z.core.$ZodType) => schema._zod.def as unknown as Def;

/** The schema without default/optional/nullable wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const d = def(current);
    const inner = d.innerType ?? (d.type === "pipe" ? d.in : undefined);
    if (!inner) return current;
    current = inner;
  }
}

/** The schemas a value at `path` may be checked against (several inside a union). */
function schemasAt(path: readonly PathKey[]): z.core.$ZodType[] {
  let current: z.core.$ZodType[] = [specSchema];
  for (const key of path) {
    const next: z.core.$ZodType[] = [];
    for (const schema of current.flatMap(expandUnion)) {
      const d = def(schema);
      if (d.type === "object" && typeof key === "string" && d.shape?.[key]) next.push(d.shape[key]);
      else if (d.type === "record" && d.valueType) next.push(d.valueType);
      else if (d.type === "array" && typeof key === "number" && d.element) next.push(d.element);
    }
    current = next;
  }
  return current.flatMap(expandUnion);
}

function expandUnion(schema: z.core.$ZodType): z.core.$ZodType[] {
  const inner = unwrap(schema);
  const d = def(inner);
  return d.type === "union" && d.options ? d.options.flatMap(expandUnion) : [inner];
}

/** The keys a mapping at `path` may have (empty where any key goes, or no mapping). */
export function keysAt(path: readonly PathKey[]): string[] {
  const keys = schemasAt(path).flatMap((schema) => Object.keys(def(schema).shape ?? {}));
  return [...new Set(keys)];
}

/**
 * Every fixed key path of the schema, such as "calendar.holidays.country".
 * Records contribute "<id>" and arrays "[]": "personas.<id>.targets[].per_day".
 */
export function allKeyPaths(): string[] {
  const out: string[] = [];
  const visit = (schema: z.core.$ZodType, prefix: string) => {
    for (const option of expandUnion(schema)) {
      const d = def(option);
      if (d.type === "object") {
        for (const [key, child] of Object.entries(d.shape ?? {})) {
          const path = prefix === "" ? key : `${prefix}.${key}`;
          if (!out.includes(path)) out.push(path);
          visit(child, path);
        }
      } else if (d.type === "record" && d.valueType) visit(d.valueType, `${prefix}.<id>`);
      else if (d.type === "array" && d.element) visit(d.element, `${prefix}[]`);
    }
  };
  visit(specSchema, "");
  return out;
}
