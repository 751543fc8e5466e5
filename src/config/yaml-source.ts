// Parses the YAML text, keeping node positions so that a problem found in the
// parsed value can be pointed at by line. Syntax errors are reported here,
// each at file:line:col.

import { isMap, isSeq, LineCounter, type Node, parseDocument, type YAMLError } from "yaml";
import { InputError, type InputProblem } from "../errors.js";
import type { PathKey } from "./problem.js";

export interface YamlSource {
  /** The document as plain data (null for an empty file). */
  value: unknown;
  /** 1-based line of the value (or key) at `path`, or of its closest existing parent. */
  lineOf(path: readonly PathKey[], atKey?: boolean): number | undefined;
}

/** Throws InputError with every syntax error when the text is not valid YAML. */
export function readYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const syntax = (errors: YAMLError[]): InputProblem[] =>
    errors.map((e) => ({ location: at(e.pos[0]), message: syntaxMessage(e) }));
  if (doc.errors.length > 0) throw syntaxError(file, syntax(doc.errors));

  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // An alias to an anchor that does not exist, or too many aliases.
    const message = error instanceof Error ? error.message : String(error);
    throw syntaxError(file, [{ location: file, message }]);
  }

  const lineOf = (path: readonly PathKey[], atKey = false) => {
    let node: unknown = doc.contents;
    let offset = rangeStart(node);
    for (const [i, key] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String(scalarValue(p.key)) === String(key));
        if (!pair) break;
        const keyStart = rangeStart(pair.key);
        const valueStart = rangeStart(pair.value);
        offset = (i === path.length - 1 && atKey ? keyStart : (valueStart ?? keyStart)) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number" && key < node.items.length) {
        node = node.items[key];
        offset = rangeStart(node) ?? offset;
      } else break;
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  return { value, lineOf };
}

function syntaxError(file: string, problems: InputProblem[]): InputError {
  const n = problems.length;
  return new InputError(`${file} is not valid YAML (${n} problem${n === 1 ? "" : "s"})`, problems);
}

function syntaxMessage(error: YAMLError): string {
  if (error.code === "MULTIPLE_DOCS") return "expected one YAML document, got a second one (---)";
  return error.message;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function scalarValue(node: unknown): unknown {
  return node !== null && typeof node === "object" && "value" in node ? node.value : node;
}
