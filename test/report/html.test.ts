import { describe, expect, it } from "vitest";
import { escapeHtml, html, join, raw } from "../../src/report/html/html.js";

describe("html", () => {
  it("escapes every interpolation", () => {
    const name = `<script>alert(1)</script>`;
    expect(html`<td>${name}</td>`.value).toBe("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>");
    expect(html`<a title="${`" onmouseover="x`}">`.value).toBe(
      '<a title="&quot; onmouseover=&quot;x">',
    );
    expect(escapeHtml(`&'`)).toBe("&amp;&#39;");
  });

  it("keeps trusted fragments and nests templates without double escaping", () => {
    const inner = html`<b>${"a&b"}</b>`;
    expect(html`<p>${inner}${raw("<svg></svg>")}</p>`.value).toBe(
      "<p><b>a&amp;b</b><svg></svg></p>",
    );
  });

  it("renders arrays, numbers and absent values", () => {
    const rows = ["x", "<y>"].map((v) => html`<li>${v}</li>`);
    expect(html`<ul>${rows}</ul>`.value).toBe("<ul><li>x</li><li>&lt;y&gt;</li></ul>");
    expect(html`${0}|${null}|${undefined}|${false}|${true}`.value).toBe("0||||true");
    expect(join(["a", "<b>"], raw("<br>")).value).toBe("a<br>&lt;b&gt;");
  });
});
