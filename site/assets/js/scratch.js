// The Run button: the editor's code as a script (its `if __name__ == "__main__":` block runs),
// stdout, stderr and a trimmed traceback shown in the output panel, always as text. Same
// worker, time limit and recovery as the tests (grader.runScript). Debug this case uses the
// same panel: the learner's code loaded as a module, then one failing case's call (its replay).

const show = (node, text) => {
  node.textContent = text;
  node.hidden = !text;
};

export function setUpScratch({ button, panel, grader, getCode, beforeRun, timeLimit }) {
  const part = (name) => panel.querySelector(`[data-part="${name}"]`);
  const label = button.querySelector(".label");
  let running = false;

  function render(outcome, kase) {
    const result = outcome.kind === "done" ? outcome.result : null;
    show(part("stdout"), result ? result.stdout : "");
    show(part("stderr"), result ? result.stderr : "");
    let trace = result ? result.traceback : `The grader failed: ${outcome.message}`;
    if (outcome.kind === "timeout") trace = `Stopped: the script ran longer than ${timeLimit} s (an endless loop?). Python was restarted.`;
    show(part("traceback"), trace);
    panel.dataset.status = result ? result.status : outcome.kind;
    const seconds = result ? ` in ${(result.duration_ms / 1000).toFixed(2)} s` : "";
    const quiet = result && !result.stdout && !result.stderr ? " It printed nothing." : "";
    const what = kase ? `Ran ${kase.call} on the failing case` : "Ran";
    part("summary").textContent = {
      ok: `${what}${seconds}.${quiet}`,
      error: `Your script raised an error${seconds}.`,
      timeout: `Stopped after ${timeLimit} s: an endless loop?`,
      crash: "Python stopped while running your script.",
    }[panel.dataset.status] ?? "Finished.";
  }

  async function run(kase = null) {
    if (running) return;
    panel.hidden = false;
    if (grader.busy) {
      part("summary").textContent = "Wait for the tests to finish, then press Run again.";
      return;
    }
    running = true;
    beforeRun();
    button.setAttribute("aria-busy", "true");
    label.textContent = "Running…";
    part("summary").textContent = grader.state === "ready"
      ? (kase ? `Running ${kase.call} on the failing case…` : "Running your script…")
      : "Waiting for Python to finish loading…";
    try {
      render(await grader.runScript(getCode(), kase ? kase.replay : null), kase);
    } catch (error) {
      render({ kind: "crash", message: String(error) }, kase);
    } finally {
      button.removeAttribute("aria-busy");
      label.textContent = "Run";
      running = false;
    }
  }

  const click = () => run();
  button.addEventListener("click", click);
  return {
    dispose: () => button.removeEventListener("click", click),
    /** Debug this case: run `kase.replay` after loading the editor's code; the panel comes into view. */
    async debug(kase) {
      const done = run(kase);
      panel.scrollIntoView({ block: "nearest" });
      await done;
    },
  };
}
