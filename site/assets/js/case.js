// The failing case of a test, as the runner recorded it (harness/record.py): the call, each
// argument, what came back (or was raised) beside what was expected, a chart of the two when
// they are arrays, and "Debug this case", which runs exactly that call with the learner's
// current code so their own prints show for this input. All text, never HTML.

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
};

let charts = null; // the chart bundle, imported on the first chart shown

/**
 * @param {object} kase  a test's `case`
 * @param {{onDebug: (kase: object) => void, title: string}} options
 */
export function caseBlock(kase, { onDebug, title }) {
  const box = el("section", "case");
  box.setAttribute("aria-label", `The failing case of “${title}”`);
  box.append(el("p", "case-title", "The failing case"));
  const call = el("pre", "case-call");
  call.append(el("code", null, kase.call));
  box.append(call);
  const rows = el("dl", "case-values");
  const row = (name, value, className) => {
    if (value === null || value === undefined) return;
    const term = el("dt", className, name);
    const detail = el("dd", className);
    detail.append(el("pre", null, value));
    rows.append(term, detail);
  };
  for (const arg of kase.args) row(arg.name, arg.value, "case-arg");
  if (kase.raised) row("raised", kase.raised, "case-raised");
  else row("returned", kase.returned, "case-returned");
  row("expected", kase.expected, "case-expected");
  box.append(rows);
  if (kase.plot && chartsAddress) box.append(chartBlock(kase.plot, kase.function));
  const actions = el("div", "case-actions");
  if (kase.replay) {
    const debug = el("button", "button secondary small", "Debug this case");
    debug.type = "button";
    debug.dataset.debugCase = "";
    debug.addEventListener("click", () => onDebug(kase));
    actions.append(debug, el("span", "muted", "Runs this call with your current code; your prints show in Output."));
  } else {
    actions.append(el("span", "muted", "This call's inputs are too large (or not plain data) to replay here."));
  }
  box.append(actions);
  return box;
}

function chartBlock(plot, name) {
  const figure = el("figure", "case-chart");
  const holder = el("div", "chart-holder");
  const bad = plot.bad.flat().filter(Boolean).length;
  const total = plot.bad.flat().length;
  const caption = el("figcaption", "muted", plot.expected
    ? `Got against expected: ${bad} of ${total} entries outside the tolerance${Array.isArray(plot.returned[0]) ? " (heatmaps of got, expected and the difference)" : " (circled)"}.`
    : `What came back: ${bad} of ${total} entries are nan or infinite (marked).`);
  figure.append(holder, caption);
  holder.textContent = "Drawing the chart…";
  whenShown(holder, () => draw(holder, plot, name).catch((error) => {
    holder.textContent = `The chart could not be drawn (${error?.message ?? error}); the values are listed above.`;
  }));
  return figure;
}

// A chart is drawn when it comes near the screen, not when its test's result arrives: a run
// with twenty failing tests would otherwise draw twenty charts before its results are shown.
const waiting = new WeakMap();
let watcher = null;

function whenShown(node, callback) {
  if (!("IntersectionObserver" in window)) return callback();
  watcher ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      watcher.unobserve(entry.target);
      const draw = waiting.get(entry.target);
      waiting.delete(entry.target);
      if (draw) draw();
    }
  }, { rootMargin: "200px" });
  waiting.set(node, callback);
  watcher.observe(node);
}

/** The chart bundle, imported once, the first time anything is drawn. */
export function chartsModule() {
  charts ??= import(chartsAddress);
  return charts;
}

async function draw(holder, plot, name) {
  const { drawComparison } = await chartsModule();
  drawComparison(holder, { ...plot, name });
}

let chartsAddress = null;

/** Where the chart bundle is (the site config's versioned URL), set once per page. */
export function setChartsUrl(url) {
  chartsAddress = url ? new URL(url, document.baseURI).href : null;
}
