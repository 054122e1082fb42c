// Charts of a failing case: what came back drawn against what was expected. Loaded only when a
// failed comparison has numbers to draw (results.js imports this bundle by its URL), so a page
// that passes, or fails without arrays, downloads none of it.
//
// Observable Plot: SVG (crisp at any zoom, styled by the page's CSS, so dark mode follows the
// page's colours through currentColor and custom properties), both the marks needed here
// (lines and dots for 1-D, cells for 2-D heatmaps), and an aria-label on every figure. uPlot is
// smaller but draws on a canvas (no heatmaps, no per-mark semantics); Chart.js is larger and
// needs a plugin for heatmaps.

import * as Plot from "@observablehq/plot";

// Plot labels its inner groups with aria-label, which ARIA forbids on a <g> without a role: each
// chart is one image to assistive technology instead, named by its own label (the text
// alternative), its marks and legend swatches hidden inside it.
function accessible(node) {
  for (const svg of node.matches?.("svg") ? [node] : node.querySelectorAll("svg")) {
    if (svg.hasAttribute("aria-label")) svg.setAttribute("role", "img");
    else svg.setAttribute("aria-hidden", "true");
    for (const inner of svg.querySelectorAll("[aria-label], [aria-description]")) {
      inner.removeAttribute("aria-label");
      inner.removeAttribute("aria-description");
    }
  }
  return node;
}

// The page's palette (light or dark), read when a chart is drawn: SVG attributes take colours, not var().
function palette() {
  const style = getComputedStyle(document.documentElement);
  const read = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  return { got: read("--chart-got", "#d9480f"), expected: read("--chart-expected", "#1c7ed6"), bad: read("--chart-bad", "#c92a2a") };
}

/**
 * Draw `returned` against `expected` into `parent`; `bad` marks the entries outside tolerance.
 * Arrays are nested lists of numbers (null for nan/inf): 1-D as lines with the mismatching
 * entries marked, 2-D as three heatmaps (got, expected, |got - expected|).
 */
export function drawComparison(parent, { returned, expected, bad, name }) {
  const width = Math.max(260, Math.min(parent.clientWidth || 480, 640));
  const COLORS = palette();
  parent.replaceChildren();
  if (Array.isArray(returned[0]) && !expected) {
    parent.append(heatmap(returned, { title: "got", scheme: "viridis", width: Math.min(width, 320) }));
    return;
  }
  if (Array.isArray(returned[0])) {
    const diff = returned.map((row, i) => row.map((v, j) => (v === null || expected[i][j] === null ? null : Math.abs(v - expected[i][j]))));
    for (const [title, data, scheme] of [["got", returned, "viridis"], ["expected", expected, "viridis"], ["|got − expected|", diff, "reds"]]) {
      parent.append(heatmap(data, { title, scheme, width: Math.min(width, 320) }));
    }
    return;
  }
  const flags = bad || returned.map((v, i) => v !== (expected ? expected[i] : v));
  const finite = returned.filter((v) => v !== null).concat(expected ? expected.filter((v) => v !== null) : []);
  const floor = finite.length ? Math.min(...finite) : 0;
  const rows = returned.flatMap((v, i) => [
    { i, value: v, series: "got" },
    ...(expected ? [{ i, value: expected[i], series: "expected" }] : []),
  ]).filter((d) => d.value !== null);
  // Entries outside the tolerance are circled; nan and infinities (no value to draw) are
  // crosses on the lowest line of the chart.
  const wrong = returned.map((v, i) => ({ i, value: v, bad: flags[i] })).filter((d) => d.bad && d.value !== null);
  const missing = returned.map((v, i) => ({ i, value: floor, bad: flags[i] && v === null })).filter((d) => d.bad);
  const few = returned.length <= 60;
  const figure = accessible(Plot.plot({
    width,
    height: 220,
    marginLeft: 56,
    style: { background: "transparent", color: "currentColor" },
    x: { label: "index", grid: true, tickFormat: "d", ticks: Math.min(returned.length, 10) },
    y: { label: name ? `${name}(…)` : "value", grid: true },
    color: { domain: expected ? ["expected", "got"] : ["got"], range: expected ? [COLORS.expected, COLORS.got] : [COLORS.got], legend: true },
    marks: [
      Plot.line(rows, { x: "i", y: "value", stroke: "series", strokeWidth: 2, curve: "linear" }),
      Plot.dot(rows.filter(() => few), { x: "i", y: "value", fill: "series", r: 2.5 }),
      Plot.dot(wrong, { x: "i", y: "value", stroke: COLORS.bad, r: 6, strokeWidth: 2, title: (d) => `index ${d.i}: got ${d.value}` }),
      Plot.dot(missing, { x: "i", y: "value", symbol: "times", stroke: COLORS.bad, r: 6, strokeWidth: 2, title: (d) => `index ${d.i}: nan or infinite` }),
    ],
    ariaLabel: `Chart of ${name || "the result"} by index${expected ? ", got and expected" : ""}: `
      + `${wrong.length} entr${wrong.length === 1 ? "y" : "ies"} outside the tolerance circled, ${missing.length} nan or infinite crossed.`,
  }));
  parent.append(figure);
}

function heatmap(data, { title, scheme, width }) {
  const cells = data.flatMap((row, i) => row.map((value, j) => ({ i, j, value })));
  const figure = accessible(Plot.plot({
    width,
    height: Math.max(120, Math.min(width, 28 * data.length + 60)),
    marginLeft: 40,
    padding: 0,
    style: { background: "transparent", color: "currentColor" },
    x: { label: "column", axis: "top" },
    y: { label: "row" },
    color: { scheme, legend: true, label: title },
    marks: [Plot.cell(cells, { x: "j", y: "i", fill: "value", inset: 0.5, title: (d) => `[${d.i}, ${d.j}] ${d.value}` })],
    ariaLabel: `Heatmap of ${title}, ${data.length} rows by ${data[0].length} columns.`,
  }));
  const wrap = document.createElement("figure");
  wrap.className = "chart-heatmap";
  const caption = document.createElement("figcaption");
  caption.textContent = title;
  wrap.append(caption, figure);
  return wrap;
}

/**
 * A problem's picture of its idea (harness/visual.py): the reference's drawing beside the
 * learner's. `learner` is {status, data} or {status, message}; only the reference is drawn when
 * the learner's code could not draw it.
 */
export function drawVisual(parent, reference, learner) {
  const width = Math.max(260, Math.min(parent.clientWidth || 560, 720));
  const COLORS = palette();
  const mine = learner && learner.status === "ok" ? learner.data : null;
  parent.replaceChildren();
  const kind = reference.kind;
  if (kind === "lines") {
    const rows = [];
    for (const [source, data] of [["reference", reference], ["yours", mine]]) {
      if (!data) continue;
      for (const [name, ys] of Object.entries(data.series)) {
        ys.forEach((y, i) => y !== null && rows.push({ x: data.x[i], y, name, source }));
      }
    }
    const names = Object.keys(reference.series);
    parent.append(accessible(Plot.plot({
      width, height: 260, marginLeft: 52,
      style: { background: "transparent", color: "currentColor" },
      x: { label: reference.xlabel ?? "x", grid: true },
      y: { label: reference.ylabel ?? null, grid: true },
      color: { domain: names, legend: true },
      marks: [
        Plot.ruleY([0], { stroke: "currentColor", strokeOpacity: 0.3 }),
        Plot.line(rows.filter((r) => r.source === "reference"), { x: "x", y: "y", z: "name", stroke: "name", strokeWidth: 3, strokeOpacity: 0.45 }),
        Plot.line(rows.filter((r) => r.source === "yours"), { x: "x", y: "y", z: "name", stroke: "name", strokeWidth: 1.5, strokeDasharray: "5,3" }),
      ],
      ariaLabel: `${reference.title}: ${names.join(", ")} against ${reference.xlabel ?? "x"}; reference thick, yours dashed.`,
    })));
    return;
  }
  if (kind === "path") {
    const rows = [];
    for (const [source, data] of [["reference", reference], ["yours", mine]]) {
      if (!data) continue;
      for (const [name, path] of Object.entries(data.series)) {
        path.x.forEach((x, i) => x !== null && path.y[i] !== null && rows.push({ x, y: path.y[i], step: i, name: `${name} (${source})`, source }));
      }
    }
    const contours = (reference.contours ?? []).flatMap((ring, k) => ring.map(([x, y], i) => ({ x, y, k, i })));
    parent.append(accessible(Plot.plot({
      width, height: Math.min(width, 360), marginLeft: 52,
      style: { background: "transparent", color: "currentColor" },
      x: { label: reference.xlabel ?? "x" }, y: { label: reference.ylabel ?? "y" },
      color: { legend: true },
      marks: [
        Plot.line(contours, { x: "x", y: "y", z: "k", stroke: "currentColor", strokeOpacity: 0.2 }),
        Plot.line(rows.filter((r) => r.source === "reference"), { x: "x", y: "y", z: "name", stroke: "name", strokeWidth: 5, strokeOpacity: 0.35 }),
        Plot.line(rows.filter((r) => r.source === "yours"), { x: "x", y: "y", z: "name", stroke: "name", strokeWidth: 1.5, strokeDasharray: "5,3", marker: "dot" }),
      ],
      ariaLabel: `${reference.title}: the path of each run over the loss's level sets; reference solid, yours dashed.`,
    })));
    return;
  }
  const panels = [["Reference", reference], ["Yours", mine]];
  for (const [who, data] of panels) {
    if (!data) continue;
    if (kind === "points") {
      const marks = (data.marks?.x ?? []).map((x, i) => ({ x, y: data.marks.y[i] }));
      const points = data.points.x.map((x, i) => ({ x, y: data.points.y[i], group: String(data.points.group[i]) }));
      const figure = document.createElement("figure");
      figure.className = "chart-heatmap";
      figure.append(Object.assign(document.createElement("figcaption"), { textContent: who }), accessible(Plot.plot({
        width: Math.min(width / 2 - 8, 340), height: 260,
        style: { background: "transparent", color: "currentColor" },
        color: { type: "categorical", legend: who === "Reference" },
        marks: [
          Plot.dot(points, { x: "x", y: "y", fill: "group", r: 3 }),
          Plot.dot(marks, { x: "x", y: "y", symbol: "times", r: 8, stroke: "currentColor", strokeWidth: 3 }),
        ],
        ariaLabel: `${who}: ${points.length} points coloured by group, ${marks.length} centres crossed.`,
      })));
      parent.append(figure);
    } else {
      for (const panel of data.panels) {
        parent.append(heatmap(panel.z, { title: `${who}: ${panel.title}`, scheme: "viridis", width: Math.min(width / 2 - 8, 320) }));
      }
    }
  }
}
