// Problem page: wires the editor, the grader, the tests panel, hints and solution, and the
// lesson around them (quiz, mark complete, scratch runs, two-tab sync).
// The grader (and its worker) lives for the whole visit, started by boot.js; navigate.js
// mounts this page and unmounts it when the learner moves on, with no reload.

import { setChartsUrl } from "./case.js";
import { setUpCompletion } from "./completion.js";
import { confirmAction } from "./confirm.js";
import { createEditor } from "./editor.js";
import { setUpQuiz } from "./quiz.js";
import { Results } from "./results.js";
import { rememberLast } from "./finder.js";
import { setUpEditorKey } from "./keys.js";
import { setUpHints, setUpSolution } from "./reveal.js";
import { setUpScratch } from "./scratch.js";
import { watchScrollers } from "./scrollers.js";
import { setUpFullScreen, setUpSplit } from "./split.js";
import * as store from "./store.js";
import { setUpSync } from "./sync.js";
import { setUpTabs } from "./tabs.js";
import { showVisual } from "./visual.js";
import "./report.js";
import "./activity.js";

const SAVE_DELAY_MS = 400;
const $ = (id) => document.getElementById(id);

/** Wire the problem page now in the document; returns the function that unwires it. */
export function mountProblem() {
  const config = JSON.parse($("problem-config").textContent);
  const { grader } = window.gradlab;
  grader.setProblem(config);
  rememberLast(config.slug, config.track);
  window.gradlab.offline.offerTrack(config.track); // its track cached for offline, if not yet
  setChartsUrl(config.chartsUrl);
  const results = new Results(document, {
    ...config,
    onDebug: (kase) => scratch.debug(kase),
    onLine: (line) => editor.goToLine(line),
    onHint: (n) => revealHint(n),
  });
  const runButton = $("run-tests");
  const saveState = $("save-state");
  let saveTimer = null;

  function save() {
    clearTimeout(saveTimer);
    saveTimer = null;
    saveState.textContent = store.saveCode(config.slug, editor.getCode())
      ? "Saved"
      : "Kept while this page is open";
  }

  const editor = createEditor($("editor"), {
    doc: store.loadCode(config.slug) ?? config.stub,
    label: $("editor").dataset.label,
    help: $("editor").dataset.help,
    onChange() {
      saveState.textContent = "Editing…";
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, SAVE_DELAY_MS);
    },
    onRun: () => runTests(),
    onEscape: () => runButton.focus(),
  });
  const flush = () => saveTimer && save();
  addEventListener("pagehide", flush);
  // The page's scripting hook, for benches and the browser console: gradlab.editor.setCode(...).
  window.gradlab.editor = editor;

  const learnerStatus = $("learner-status");
  const scratch = setUpScratch({
    button: $("run-scratch"),
    panel: $("scratch-output"),
    grader,
    getCode: () => editor.getCode(),
    beforeRun: () => saveTimer && save(),
    timeLimit: config.timeLimit,
  });
  const workspace = document.querySelector(".workspace");
  const tabs = setUpTabs(workspace, document.querySelector(".pane-tabs"));
  // Each part returns its cleanup, called when the page is unmounted.
  const cleanups = [
    scratch.dispose,
    tabs.dispose,
    setUpSplit(workspace, $("split-handle")),
    setUpFullScreen(workspace, $("full-editor")),
    setUpEditorKey(editor),
    watchScrollers([$("statement-pane"), $("tests-card"), $("scratch-output")]),
    store.onUnavailable(() => { $("storage-notice").hidden = false; }),
    setUpCompletion({ button: $("mark-complete"), status: learnerStatus, slug: config.slug }),
    setUpQuiz(document, config.slug),
    setUpSync({
      slug: config.slug,
      current: () => editor.getCode(),
      onNewer(code) {
        editor.setCode(code);
        // The code came from storage: saving it back would only stamp it as this tab's write.
        clearTimeout(saveTimer);
        saveTimer = null;
        saveState.textContent = "Updated with the code saved in another tab";
      },
    }),
  ];

  let running = false;

  async function runTests() {
    if (running) return;
    if (grader.busy) {
      results.say("Wait for your script to finish, then run the tests.");
      return;
    }
    running = true;
    if (saveTimer) save();
    runButton.setAttribute("aria-busy", "true");
    runButton.querySelector(".label").textContent = "Running…";
    try {
      // Grading starts before the page updates itself: the worker runs while this thread
      // redraws the list (its events arrive only after this synchronous block).
      const graded = grader.run(editor.getCode(), (event) => results.event(event));
      results.begin();
      if (grader.state !== "ready") results.say("Waiting for Python to finish loading, then running the tests…");
      const outcome = await graded;
      const allPassed = results.finish(outcome);
      if (outcome.kind !== "crash") store.recordRun(config.slug, allPassed);
      store.showStatus(learnerStatus, store.progressOf(config.slug));
      if (outcome.kind === "done") {
        store.saveResults(config.slug, outcome.result);
        showVisual($("visual"), outcome);
        editor.markErrors(errorLines(outcome.result));
        if (allPassed) results.showSuccess({ total: outcome.result.summary.total, next: nextProblem(), progress: trackProgress() });
      }
    } catch (error) {
      // Learner code shares the worker, so it can post malformed messages; never stay stuck.
      results.finish({ kind: "crash", message: String(error) });
    } finally {
      runButton.removeAttribute("aria-busy");
      runButton.querySelector(".label").textContent = "Run tests";
      running = false;
    }
  }

  runButton.addEventListener("click", runTests);

  $("reset-code").addEventListener("click", async () => {
    const sure = await confirmAction($("confirm-dialog"), {
      title: "Reset to the starter code?",
      text: "This replaces everything in the editor with the starter code. Your current code will be lost.",
      confirm: "Reset code",
    });
    if (!sure) return;
    editor.setCode(config.stub);
    save();
    editor.view.focus();
  });

  const revealHint = setUpHints($("next-hint"));
  const last = store.loadResults(config.slug);
  if (last) {
    results.restore(last);
    editor.markErrors(errorLines(last.result));
  }

  function nextProblem() {
    const link = document.querySelector(".pager-link.next");
    return link && { href: link.getAttribute("href"), title: link.lastChild.textContent.trim() };
  }

  function trackProgress() {
    const { title, slugs } = config.trackProgress;
    const solved = slugs.filter((slug) => store.loadStatus(slug) === "solved").length;
    return `${title}: ${solved} of ${slugs.length} problems solved.`;
  }

  setUpSolution($("show-solution"), $("solution-body"), $("confirm-dialog"), config.solutionUrl);

  return () => {
    for (const cleanup of cleanups) cleanup();
    flush();
    removeEventListener("pagehide", flush);
    editor.view.destroy();
    if (window.gradlab.editor === editor) delete window.gradlab.editor;
  };
}

/** Where the run raised in the learner's code: each erroring test's line, or the run's own. */
function errorLines(result) {
  const first = (text) => (text || "").split("\n")[0];
  if (result.status === "error") return result.line ? [{ line: result.line, message: first(result.message) }] : [];
  return result.tests.filter((t) => t.line).map((t) => ({ line: t.line, message: `${t.title}: ${first(t.message)}` }));
}

window.gradlab.definePage("problem", mountProblem);
