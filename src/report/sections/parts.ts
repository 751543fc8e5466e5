// Small pieces every section uses: a figure with its provenance attributes, a
// chart in its frame, a count of people with its filter.

import { type Html, html, raw } from "../html/html.js";
import type { Figure, PeopleFilter } from "../model/figure.js";

/** The raw value exactly as JSON writes it, so a test compares numbers, not text. */
function rawValue(value: number | null): string {
  return value === null ? "null" : String(value);
}

export function fig(f: Figure): Html {
  return html`<span class="fig" data-figure="${f.path}" data-value="${rawValue(f.value)}">${f.text}</span>`;
}

export function peopleCount(filter: PeopleFilter, value: number, text: string): Html {
  return html`<span class="fig" data-count="${JSON.stringify(filter)}" data-value="${value}">${text}</span>`;
}

/**
 * A chart in its frame. `svg` comes from our ECharts renderer, which escapes
 * the text it draws; it is the one place markup enters unescaped.
 */
export function chartFigure(name: string, svg: string, caption: Html | string): Html {
  return html`<figure data-chart="${name}"><div class="chart">${raw(svg)}</div><figcaption>${caption}</figcaption></figure>`;
}

export function sectionTitle(num: number, title: string): Html {
  return html`<h2><span class="num">${num}</span>${title}</h2>`;
}
