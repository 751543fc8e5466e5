// A tiny HTML builder: the `html` tag escapes every interpolated value, so a
// person named `<script>` is text by construction, not by remembering to
// escape. Trusted markup (our own fragments, chart SVG) is passed as Html.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation =
  | Html
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly Interpolation[];

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** Marks markup as trusted. Only for strings this program built itself. */
export function raw(markup: string): Html {
  return new Html(markup);
}

function render(value: Interpolation): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  // false/null/undefined render nothing so `${cond && html`...`}` reads naturally.
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) {
    out += render(values[i] as Interpolation) + (strings[i + 1] ?? "");
  }
  return new Html(out);
}

/** Joins fragments, escaping any plain string among them. */
export function join(parts: readonly Interpolation[], separator: Interpolation = ""): Html {
  return new Html(parts.map(render).join(render(separator)));
}
