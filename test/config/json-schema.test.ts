import { describe, expect, test } from "vitest";
import { configJsonSchema } from "../../src/config/json-schema.js";

type Json = Record<string, unknown> & {
  properties?: Record<string, Json>;
  additionalProperties?: boolean | Json;
  anyOf?: Json[];
  items?: Json;
};

const schema = configJsonSchema() as Json;
const prop = (node: Json | undefined, key: string): Json => {
  const child = node?.properties?.[key];
  if (!child) throw new Error(`no property ${key}`);
  return child;
};

describe("configJsonSchema", () => {
  test("is a draft 2020-12 object schema with every top-level key", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(schema.title).toBe("uptake.yml");
    expect(Object.keys(schema.properties ?? {})).toEqual([
      "timezone",
      "fiscal_year_start_month",
      "window",
      "calendar",
      "eligibility",
      "personas",
      "activity_types",
      "gap",
      "privacy",
      "database",
    ]);
    // Every key is optional.
    expect(schema.required).toBeUndefined();
    // Plain JSON, so it can be written to a file.
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  test("rejects unknown keys wherever validation does", () => {
    const personas = prop(schema, "personas");
    const persona = personas.additionalProperties as Json;
    const target = prop(persona, "targets").items;
    const strict = [
      schema,
      prop(schema, "calendar"),
      prop(prop(schema, "calendar"), "holidays"),
      prop(schema, "eligibility"),
      prop(schema, "gap"),
      prop(schema, "privacy"),
      persona,
      target,
      ...(prop(schema, "window").anyOf ?? []).filter((o) => o.type === "object"),
    ];
    expect(strict).toHaveLength(10);
    for (const node of strict) expect(node?.additionalProperties).toBe(false);
  });

  test("carries constraints, enums, defaults and descriptions", () => {
    expect(prop(schema, "personas").propertyNames).toEqual({
      type: "string",
      pattern: "^[a-z][a-z0-9_]*$",
    });
    const persona = prop(schema, "personas").additionalProperties as Json;
    const target = prop(persona, "targets").items;
    expect(prop(target, "per_day")).toMatchObject({ type: "number", exclusiveMinimum: 0 });
    expect(prop(target, "activity").required).toBeUndefined();
    expect(target?.required).toEqual(["activity", "per_day"]);
    expect(prop(target, "measure")).toMatchObject({
      enum: ["count", "distinct_subjects"],
      default: "count",
    });
    expect(prop(schema, "fiscal_year_start_month")).toMatchObject({
      type: "integer",
      minimum: 1,
      maximum: 12,
      default: 1,
    });
    expect(prop(prop(schema, "gap"), "group_fraction")).toMatchObject({
      exclusiveMinimum: 0,
      maximum: 0.5,
      default: 0.25,
    });
    expect(prop(prop(schema, "calendar"), "weekend")).toMatchObject({
      default: ["sat", "sun"],
      items: { enum: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] },
    });
    expect(prop(schema, "window").anyOf?.[0]).toEqual({
      type: "string",
      enum: ["previous_quarter", "quarter_to_date"],
    });
    expect(prop(schema, "timezone").description).toBe(
      "The organisation's time zone: instants become days in it.",
    );
    expect(Object.keys(prop(schema, "personas").default as object)).toEqual([
      "sdr",
      "ae",
      "manager",
      "csm",
    ]);
  });
});
