// The tests panel: one row per hidden test, updated live from runner events.
// Everything shown here may come from learner code (messages, printed output), so it is only
// ever written with textContent, never parsed as HTML.

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

export class Results {
  constructor(root, { tests, timeLimit }) {
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

  setRow(li, status, { message = "", stdout = "", ms = null } = {}) {
    li.dataset.status = status;
    li.querySelector(".test-status").textContent = LABELS[status];
    li.querySelector(".test-time").textContent = ms === null ? "" : `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
    const detail = li.querySelector(".test-detail");
    detail.replaceChildren();
    if (message) detail.append(element("pre", "test-message", message));
    if (stdout) {
      const printed = element("details", "test-stdout");
      printed.append(element("summary", null, "Printed output"), element("pre", null, stdout));
      detail.append(printed);
    }
    detail.hidden = !message && !stdout;
  }

  begin() {
    this.errorBox.hidden = true;
    this.output.hidden = true;
    for (const li of this.list.children) this.setRow(li, "queued");
    this.say("Running the tests…");
  }

  event(event) {
    if (event.type === "start") {
      this.setRow(this.row(event.id), "running");
    } else if (event.type === "result") {
      this.setRow(this.row(event.id), event.status, { message: event.message, stdout: event.stdout, ms: event.duration_ms });
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

  runError(message) {
    this.skipRest();
    this.errorText.textContent = message;
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
