// The tests panel: one row per hidden test, updated live from runner events; under a failing
// test, its failing case (case.js); above the list, the likely mistake when the mutants name
// one, or the success state when every test passed. The last run's results are kept
// (store.js) and shown again, marked as such, when the learner comes back.
// Everything shown here may come from learner code (messages, printed output), so it is only
// ever written with textContent, never parsed as HTML.

import { caseBlock } from "./case.js";

const LABELS = {
  pending: "Not run",
  queued: "Waiting",
  running: "Running",
  passed: "Passed",
  failed: "Failed",
  error: "Error",
  timeout: "Timed out",
  skipped: "Not run",
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A traceback line that points into the learner's code: clicking it moves the editor's cursor there.
const TRACE_LINE = /File "solution\.py", line (\d+)/;

export class Results {
  /**
   * @param {{tests, timeLimit, onDebug?: (kase) => void, onLine?: (line: number) => void,
   *   onHint?: (n: number) => void}} options
   */
  constructor(root, { tests, timeLimit, onDebug = () => {}, onLine = () => {}, onHint = () => {} }) {
    this.onDebug = onDebug;
    this.onLine = onLine;
    this.onHint = onHint;
    this.banner = root.querySelector("#run-banner");
    this.list = root.querySelector("#test-list");
    this.summary = root.querySelector("#run-summary");
    this.errorBox = root.querySelector("#run-error");
    this.errorText = root.querySelector("#run-error-text");
    this.output = root.querySelector("#run-output");
    this.outputText = root.querySelector("#run-output-text");
    this.titles = new Map(tests.map((t) => [t.id, t.title]));
    this.timeLimit = timeLimit;
  }

  // A test missing from the list gets a row anyway: a static host that ignores ?v= can pair
  // a cached page with newer tests, and no result may go unshown.
  row(id) {
    const found = [...this.list.children].find((li) => li.dataset.testId === id);
    if (found) return found;
    const li = this.list.firstElementChild.cloneNode(true);
    li.removeAttribute("id"); // ids are unique
    li.dataset.testId = id;
    li.querySelector(".test-title").textContent = this.titles.get(id) || id;
    this.list.append(li);
    return li;
  }

  setRow(li, status, { message = "", stdout = "", ms = null, kase = null } = {}) {
    li.dataset.status = status;
    li.querySelector(".test-status").textContent = LABELS[status];
    li.querySelector(".test-time").textContent = ms === null ? "" : `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
    const detail = li.querySelector(".test-detail");
    detail.replaceChildren();
    if (message) detail.append(this.messageBlock(message, "test-message"));
    if (kase) detail.append(caseBlock(kase, { onDebug: this.onDebug, title: li.querySelector(".test-title").textContent }));
    if (stdout) {
      const printed = element("details", "test-stdout");
      printed.append(element("summary", null, "Printed output"), element("pre", null, stdout));
      detail.append(printed);
    }
    detail.hidden = !message && !stdout && !kase;
  }

  /** A message as preformatted text, its lines into the learner's file turned into buttons. */
  messageBlock(text, className) {
    const pre = element("pre", className);
    for (const [i, line] of text.split("\n").entries()) {
      if (i) pre.append("\n");
      const match = TRACE_LINE.exec(line);
      if (!match) {
        pre.append(line);
        continue;
      }
      const jump = element("button", "trace-line", line);
      jump.type = "button";
      jump.dataset.line = match[1];
      jump.title = `Go to line ${match[1]} in the editor`;
      jump.addEventListener("click", () => this.onLine(Number(match[1])));
      pre.append(jump);
    }
    return pre;
  }

  begin() {
    this.errorBox.hidden = true;
    this.output.hidden = true;
    this.clearBanner();
    delete this.list.dataset.fromLastRun;
    for (const li of this.list.children) this.setRow(li, "queued");
    this.say("Running the tests…");
  }

  event(event) {
    if (event.type === "start") {
      this.setRow(this.row(event.id), "running");
    } else if (event.type === "result") {
      this.setRow(this.row(event.id), event.status, {
        message: event.message, stdout: event.stdout, ms: event.duration_ms, kase: event.case,
      });
    }
  }

  /** Show the final outcome; returns true when every test passed. */
  finish(outcome) {
    if (outcome.kind === "done") return this.done(outcome.result);
    if (outcome.kind === "timeout" && outcome.testId) {
      const li = this.row(outcome.testId);
      this.setRow(li, "timeout", {
        message: `Timed out: this test took longer than ${this.timeLimit} s (an endless loop, or far too slow?). The remaining tests did not run.`,
      });
      this.skipRest();
      const passed = this.count("passed");
      this.say(`Timed out on "${this.titles.get(outcome.testId) || outcome.testId}". ${passed} of ${this.list.children.length} tests passed before it.`);
      this.reveal(li);
      return false;
    }
    const message = outcome.kind === "timeout"
      ? `Your code did not finish within ${this.timeLimit} s (an endless loop at top level?). No test could run.`
      : `The grader failed: ${outcome.message}`;
    this.runError(message);
    return false;
  }

  done(result) {
    this.showOutput(result.stdout);
    if (result.status === "error") {
      this.runError(result.message);
      return false;
    }
    this.skipRest();
    if (result.diagnosis) this.showDiagnosis(result.diagnosis);
    const { total, passed } = result.summary;
    const seconds = (result.summary.duration_ms / 1000).toFixed(1);
    this.say(passed === total
      ? `All ${total} tests passed in ${seconds} s.`
      : `${passed} of ${total} tests passed. ${this.breakdown(result.summary)}`);
    const first = [...this.list.children].find((li) => !["passed", "skipped"].includes(li.dataset.status));
    if (first) this.reveal(first);
    return result.status === "passed";
  }

  breakdown(summary) {
    const parts = [["failed", "failed"], ["error", "raised an error"], ["timeout", "timed out"]]
      .filter(([key]) => summary[key])
      .map(([key, words]) => `${summary[key]} ${words}`);
    return parts.length ? parts.join(", ") + "." : "";
  }

  /** "This looks like a common mistake": the mutant's own description, and the hint for it. */
  showDiagnosis({ description, hint, hint_title: hintTitle }) {
    this.banner.dataset.kind = "diagnosis";
    this.banner.replaceChildren(
      element("p", "banner-title", "This looks like a common mistake:"),
      element("p", "banner-text", description),
    );
    if (hint) {
      const button = element("button", "button secondary small", `Show hint ${hint}${hintTitle ? `: ${hintTitle}` : ""}`);
      button.type = "button";
      button.addEventListener("click", () => this.onHint(hint));
      this.banner.append(button);
    }
    this.banner.hidden = false;
  }

  /** Every test passed: say so, with the way on (next problem) and the track's progress. */
  showSuccess({ total, next, progress }) {
    this.banner.dataset.kind = "success";
    this.banner.replaceChildren(element("p", "banner-title", `Solved: all ${total} tests pass.`));
    if (progress) this.banner.append(element("p", "banner-text", progress));
    if (next) {
      const link = element("a", "button primary small", `Next problem: ${next.title}`);
      link.href = next.href;
      link.dataset.next = "";
      this.banner.append(link);
    }
    this.banner.hidden = false;
  }

  clearBanner() {
    this.banner.hidden = true;
    this.banner.replaceChildren();
    delete this.banner.dataset.kind;
  }

  /** Results of an earlier visit, shown as they were and marked as the last run's. */
  restore(saved) {
    const { result, at } = saved;
    this.list.dataset.fromLastRun = "";
    const when = new Date(at).toLocaleString();
    if (result.status === "error") {
      this.runError(result.message);
    } else {
      for (const test of result.tests) {
        this.setRow(this.row(test.id), test.status, { message: test.message, stdout: test.stdout, ms: test.duration_ms, kase: test.case });
      }
      const { total, passed } = result.summary;
      this.say(`${passed} of ${total} tests passed.`);
      if (result.diagnosis) this.showDiagnosis(result.diagnosis);
    }
    this.summary.textContent = `From your last run (${when}): ${this.summary.textContent} Run the tests to update.`;
  }

  runError(message) {
    this.skipRest();
    this.errorText.replaceWith(Object.assign(this.messageBlock(message, "run-error-text"), { id: "run-error-text" }));
    this.errorText = this.errorBox.querySelector("#run-error-text");
    this.errorBox.hidden = false;
    this.say(`No test ran: ${message.split("\n")[0]}`);
    this.reveal(this.errorBox);
  }

  showOutput(stdout) {
    this.outputText.textContent = stdout || "";
    this.output.hidden = !stdout;
  }

  skipRest() {
    for (const li of this.list.children) {
      if (["queued", "running"].includes(li.dataset.status)) this.setRow(li, "skipped");
    }
  }

  count(status) {
    return [...this.list.children].filter((li) => li.dataset.status === status).length;
  }

  say(text) {
    this.summary.textContent = text;
  }

  reveal(node) {
    node.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }
}
