// The grading worker: owns one Pyodide interpreter and runs harness.runner in it.
//
// It never touches the page. Protocol (every message is a plain object):
//   page -> worker  {type: "init", runtime, lockFile, packages, harness, tests, warmup}
//                   (URLs absolute; warmup: the starter code, graded once unseen after "ready")
//                   {type: "run", runId, source, timeLimit}
//   worker -> page  {type: "status", stage: "python"|"packages"|"grader"|"ready", text, ms}
//                   {type: "failed", message}                  loading failed; this worker is done
//                   {type: "running", runId}                   the run has started in Python
//                   {type: "event", runId, event}              runner event: start / result of a test
//                   {type: "done", runId, result}              the runner's results object
//                   {type: "crash", runId, message}            the grader itself failed
// The page enforces time limits by terminating this worker, since nothing inside Pyodide can
// preempt a Python loop without cross-origin isolation.

const GRADE = `
import json, sys
sys.path.insert(0, "/home/pyodide/gradlab")
import harness.runner

def grade(source, tests, time_limit, post):
    def on_event(event):
        post(json.dumps(event))
    return json.dumps(harness.runner.run(source, tests, time_limit=time_limit, on_event=on_event))

grade
`;

const started = performance.now();
let ready = null;

function status(stage, text) {
  self.postMessage({ type: "status", stage, text, ms: Math.round(performance.now() - started) });
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (HTTP ${response.status})`);
  return response;
}

async function boot(config) {
  const tests = fetchOk(config.tests).then((r) => r.text());
  const harness = fetchOk(config.harness).then((r) => r.arrayBuffer());
  status("python", "Loading Python…");
  const { loadPyodide } = await import(config.runtime + "pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL: config.runtime, lockFileURL: config.runtime + config.lockFile });
  status("packages", "Loading numpy and pytest…");
  await pyodide.loadPackage(config.packages, { messageCallback: () => {} });
  pyodide.unpackArchive(await harness, "zip", { extractDir: "/home/pyodide/gradlab" });
  status("grader", "Starting the test runner…");
  const grade = pyodide.runPython(GRADE);
  const testsSource = await tests;
  status("ready", "Ready");
  // pytest's first session is several times slower than later ones; pay for it now, not on
  // the learner's first click (a click meanwhile just queues behind it).
  grade(config.warmup, testsSource, 60, () => {});
  return { grade, testsSource };
}

async function run({ runId, source, timeLimit }) {
  const { grade, testsSource } = await ready;
  self.postMessage({ type: "running", runId });
  const post = (json) => self.postMessage({ type: "event", runId, event: JSON.parse(json) });
  try {
    const result = JSON.parse(grade(source, testsSource, timeLimit, post));
    self.postMessage({ type: "done", runId, result });
  } catch (error) {
    self.postMessage({ type: "crash", runId, message: String(error && error.message ? error.message : error) });
  }
}

self.onmessage = ({ data }) => {
  if (data.type === "init" && !ready) {
    ready = boot(data);
    ready.catch((error) => self.postMessage({ type: "failed", message: String(error && error.message ? error.message : error) }));
  } else if (data.type === "run" && ready) {
    ready.then(() => run(data), () => {});
  }
};
