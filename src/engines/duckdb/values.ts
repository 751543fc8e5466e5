import {
  type DuckDBDataChunk,
  type DuckDBDateValue,
  type DuckDBDecimalValue,
  type DuckDBTimestampTZValue,
  type DuckDBTimestampValue,
  type DuckDBType,
  DuckDBTypeId,
  type DuckDBValue,
} from "@duckdb/node-api";
import type { Row, SqlValue } from "../engine.js";

type Convert = (value: DuckDBValue) => SqlValue;

function isoFromMicros(micros: bigint): string {
  return new Date(Number(micros / 1000n)).toISOString();
}

// Chosen once per column, so the per-value work is one call.
function converterFor(type: DuckDBType): Convert {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
    case DuckDBTypeId.VARCHAR:
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
      return (v) => v as SqlValue;
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return (v) => Number(v as bigint);
    case DuckDBTypeId.DECIMAL:
      return (v) => (v as DuckDBDecimalValue).toDouble();
    case DuckDBTypeId.DATE:
      return (v) => (v as DuckDBDateValue).toString();
    case DuckDBTypeId.TIMESTAMP:
      return (v) => isoFromMicros((v as DuckDBTimestampValue).micros);
    case DuckDBTypeId.TIMESTAMP_TZ:
      return (v) => isoFromMicros((v as DuckDBTimestampTZValue).micros);
    default:
      return (v) => String(v);
  }
}

/** Plain row objects from a chunk: BIGINT as number, DATE as "YYYY-MM-DD", TIMESTAMP as ISO text. */
export function rowsOfChunk(chunk: DuckDBDataChunk, names: string[], types: DuckDBType[]): Row[] {
  const rows: Row[] = Array.from({ length: chunk.rowCount }, () => ({}));
  for (let c = 0; c < names.length; c++) {
    const name = names[c] as string;
    const convert = converterFor(types[c] as DuckDBType);
    const vector = chunk.getColumnVector(c);
    for (let r = 0; r < rows.length; r++) {
      const value = vector.getItem(r);
      (rows[r] as Row)[name] = value === null ? null : convert(value);
    }
  }
  return rows;
}
