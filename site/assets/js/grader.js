// The page's side of the grading worker: one worker, and so one warm Python, per visit (pages
// are swapped in by navigate.js around it). It runs jobs in the worker and keeps their time
// limits: one deadline, armed from the worker's messages for whatever job is running. Past a
// limit, Python is interrupted through Pyodide's interrupt buffer when the page is
// cross-origin isolated (the runner turns that into the test's timeout and the same worker
// goes on); without isolation, or if Python does not answer the interrupt, the worker is
// terminated and a fresh one spawned.

const GRACE_MS = 250; // beyond a limit before acting: the worker's clock starts a little later
const ANSWER_MS = 1500; // an interrupted Python has this long to answer before it is replaced
const RESEND_MS = 250;
const SIGINT = 2;

export class Grader {
  /**
   * @param {object} site  the site's worker setup (site-config: worker, runtime, harness, ...)
   * @param {(state: string, text: string, boot?: string) => void} onStatus  loading state;
   *   "ready" (a click starts grading at once) also says how Python was started
   */
  constructor(site, onStatus) {
    const absolute = (url) => new URL(url, document.baseURI).href;
    // Absolute now: later pages have other base URLs, and a respawn may happen on any of them.
    this.setup = {
      worker: absolute(site.worker),
      runtime: absolute(site.runtime),
      lockFile: site.lockFile,
      packages: site.packages,
      packageFiles: site.packageFiles,
      packageArchive: absolute(site.packageArchive),
      stdlib: absolute(site.stdlib),
      harness: absolute(site.harness),
      snapshot: site.snapshot && site.snapshot.map((part) => ({ ...part, url: absolute(part.url) })),
      // The service worker precaches the snapshot for later visits; without one, the worker does.
      prefetchSnapshot: !("serviceWorker" in navigator),
    };
    this.onStatus = onStatus;
    this.problem = null;
    this.jobId = 0;
    this.jobs = new Map();
    this.spawns = 0;
    this.spawn();
  }

  spawn() {
    this.state = "loading";
    this.spawns += 1;
    // The setup travels in the worker's name, not in a first message: a message posted
    // before the worker has started is handed over only once this thread is free again,
    // which while the page is being parsed held the boot back by 20-170 ms.
    const { worker, ...setup } = this.setup;
    this.worker = new Worker(worker, { type: "module", name: JSON.stringify(setup) });
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || "the grader stopped unexpectedly");
    };
    // [0]: the signal Pyodide polls; [1]: which step of the job the worker is at (see expire).
    this.interrupt = self.crossOriginIsolated ? new Int32Array(new SharedArrayBuffer(8)) : null;
    if (this.interrupt) this.worker.postMessage({ type: "interrupt", buffer: this.interrupt });
    if (this.problem) this.worker.postMessage({ type: "tests", url: this.problem.tests });
    this.onStatus("loading", "Loading Python…");
  }

  /** The problem whose tests the next runs use; the worker fetches them now. */
  setProblem({ testsUrl, timeLimit, diagnosisUrl, visualUrl }) {
    const absolute = (url) => (url ? new URL(url, document.baseURI).href : null);
    this.problem = { tests: absolute(testsUrl), timeLimit, diagnosis: absolute(diagnosisUrl), picture: absolute(visualUrl) };
    this.worker.postMessage({ type: "tests", url: this.problem.tests });
  }

  /**
   * Run the current problem's hidden tests on `source`. `onEvent` gets each runner event.
   * Resolves to {kind: "done", result} | {kind: "timeout", testId} | {kind: "crash", message}.
   */
  run(source, onEvent) {
    const { tests, timeLimit, diagnosis } = this.problem;
    return this.job({ type: "run", source, tests, timeLimit, diagnosis }, onEvent);
  }

  /**
   * Draw the problem's picture from `source` (after a run, so the results never wait for it).
   * Resolves to {kind: "done", visual: {reference, learner}} | {kind: "timeout"} | {kind: "crash", message}.
   */
  drawPicture(source) {
    const { picture, timeLimit } = this.problem;
    return this.job({ type: "picture", source, picture, timeLimit });
  }

  /**
   * Run `source` as a script (harness.scratch), under the same time limit and recovery; with
   * `call` (a failing case's replay), load it as a module and run that call instead (Debug this case).
   * Resolves to {kind: "done", result} | {kind: "timeout"} | {kind: "crash", message}.
   */
  runScript(source, call = null) {
    return this.job({ type: "script", source, call, timeLimit: this.problem.timeLimit });
  }

  /** True while a run or script is under way (a picture being drawn does not count: a run queues behind it). */
  get busy() {
    return [...this.jobs.values()].some((job) => job.type !== "picture");
  }

  /** Post `message` (with its timeLimit, seconds) as a job; resolves as run() does. */
  job(message, onEvent = () => {}) {
    if (this.state === "failed") this.respawn();
    this.jobId += 1;
    const runId = this.jobId;
    return new Promise((resolve) => {
      this.jobs.set(runId, { resolve, onEvent, type: message.type, limit: message.timeLimit, testId: null, step: 0 });
      this.worker.postMessage({ ...message, runId });
    });
  }

  receive(message) {
    if (message.type === "prefetch") {
      // Read here, not in the worker: its thread is about to be busy starting Python, and a
      // download nobody reads stalls (worker.js, prefetchPackages).
      for (const url of message.urls) fetch(url).then((r) => r.arrayBuffer()).catch(() => {});
      return;
    }
    if (message.type === "status") {
      this.state = message.stage === "ready" ? "ready" : "loading";
      this.onStatus(this.state, message.text, message.boot);
      if (this.state === "ready") console.info(`gradlab: Python ready in ${message.ms} ms (${message.boot} boot)`);
      return;
    }
    if (message.type === "failed") {
      this.fail(message.message);
      return;
    }
    const job = this.jobs.get(message.runId);
    if (!job) return;
    if (message.type === "running") {
      job.step = 0;
      this.arm(message.runId, job.limit);
    } else if (message.type === "event") {
      const { event } = message;
      job.step += 1;
      job.testId = event.type === "start" ? event.id : null;
      // A test's own limit comes with its start (shorter after a timeout: harness/runner.py).
      this.arm(message.runId, event.type === "start" && typeof event.limit === "number" ? event.limit : job.limit);
      job.onEvent(event);
    } else if (message.type === "done" || message.type === "scriptDone") {
      this.settle(message.runId, { kind: "done", result: message.result });
    } else if (message.type === "pictureDone") {
      this.settle(message.runId, { kind: "done", visual: message.visual });
    } else if (message.type === "crash") {
      this.settle(message.runId, { kind: "crash", message: message.message });
    }
  }

  /** The one deadline: `seconds` from now for job `runId`, replacing any earlier one. */
  arm(runId, seconds) {
    this.disarm();
    const step = this.jobs.get(runId).step;
    this.deadline = setTimeout(() => this.expire(runId, step), seconds * 1000 + Math.min(GRACE_MS, seconds * 1000));
  }

  disarm() {
    clearTimeout(this.deadline);
    clearInterval(this.resend);
    clearTimeout(this.giveUp);
  }

  // Interrupt only if the worker is still at the step this deadline was armed for: a SIGINT
  // landing in the next test would time out a test that did nothing wrong.
  expire(runId, step) {
    if (!this.interrupt) {
      this.kill(runId);
      return;
    }
    const signal = () => {
      if (Atomics.load(this.interrupt, 1) === step) Atomics.store(this.interrupt, 0, SIGINT);
    };
    signal();
    this.resend = setInterval(signal, RESEND_MS);
    this.giveUp = setTimeout(() => this.kill(runId), ANSWER_MS);
  }

  kill(runId) {
    const job = this.jobs.get(runId);
    this.respawn(runId);
    this.settle(runId, { kind: "timeout", testId: job ? job.testId : null });
  }

  settle(runId, outcome) {
    const job = this.jobs.get(runId);
    if (!job) return;
    this.disarm();
    this.jobs.delete(runId);
    job.resolve(outcome);
  }

  fail(message) {
    this.worker.terminate();
    this.state = "failed";
    this.onStatus("failed", "Python stopped. Run tests restarts it.");
    for (const runId of [...this.jobs.keys()]) this.settle(runId, { kind: "crash", message });
  }

  /** A fresh worker; jobs other than `keep` were lost with the old one: a crash, not a hang. */
  respawn(keep = null) {
    this.worker.terminate();
    this.disarm();
    this.spawn();
    for (const runId of [...this.jobs.keys()]) {
      if (runId !== keep) this.settle(runId, { kind: "crash", message: "the grader was restarted" });
    }
  }
}
