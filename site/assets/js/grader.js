// The page's side of the grading worker: spawn it at once so Python loads while the learner
// reads, run the tests, and enforce the per-test time limit by terminating a stuck worker
// and spawning a fresh one (a Python loop cannot be interrupted from outside otherwise).

const GRACE_MS = 250;

export class Grader {
  /**
   * @param {object} config  worker URL and the URLs the worker loads (see worker.js)
   * @param {(state: string, text: string, boot?: string) => void} onStatus  loading state for
   *   the page; "ready" (a click starts grading at once) also says how Python was started
   */
  constructor(config, onStatus) {
    this.config = config;
    this.onStatus = onStatus;
    this.runId = 0;
    this.pending = null;
    this.spawn();
  }

  spawn() {
    const absolute = (url) => new URL(url, document.baseURI).href;
    const setup = {
      runtime: absolute(this.config.runtime),
      lockFile: this.config.lockFile,
      packages: this.config.packages,
      harness: absolute(this.config.harness),
      tests: absolute(this.config.testsUrl),
      snapshot: this.config.snapshot && this.config.snapshot.map((part) => ({ ...part, url: absolute(part.url) })),
    };
    this.state = "loading";
    // The setup travels in the worker's name, not in a first message: a message posted
    // before the worker has started is handed over only once this thread is free again,
    // which while the page is being parsed held the boot back by 20-170 ms.
    this.worker = new Worker(absolute(this.config.worker), { type: "module", name: JSON.stringify(setup) });
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || "the grader stopped unexpectedly");
    };
    this.onStatus("loading", "Loading Python…");
  }

  /**
   * Run the hidden tests on `source`. `onEvent` gets each runner event as it happens.
   * Resolves to {kind: "done", result} | {kind: "timeout", testId} | {kind: "crash", message}.
   */
  run(source, onEvent) {
    return this.request("run", source, onEvent);
  }

  /**
   * Run `source` as a script (harness.scratch), under the same time limit and recovery.
   * Resolves to {kind: "done", result} | {kind: "timeout"} | {kind: "crash", message}.
   */
  runScript(source) {
    return this.request("script", source, () => {});
  }

  /** True while a run or script is under way: the worker does one thing at a time. */
  get busy() {
    return this.pending !== null;
  }

  request(type, source, onEvent) {
    if (this.state === "failed") this.respawn();
    this.runId += 1;
    return new Promise((resolve) => {
      this.pending = { runId: this.runId, resolve, onEvent, testId: null, timer: null };
      this.worker.postMessage({ type, runId: this.runId, source, timeLimit: this.config.timeLimit });
    });
  }

  receive(message) {
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
    const run = this.pending;
    if (!run || message.runId !== run.runId) return;
    if (message.type === "running") {
      this.arm(run);
    } else if (message.type === "event") {
      run.testId = message.event.type === "start" ? message.event.id : null;
      this.arm(run);
      run.onEvent(message.event);
    } else if (message.type === "done" || message.type === "scriptDone") {
      this.settle({ kind: "done", result: message.result });
    } else if (message.type === "crash") {
      this.settle({ kind: "crash", message: message.message });
    }
  }

  arm(run) {
    clearTimeout(run.timer);
    run.timer = setTimeout(() => {
      const testId = run.testId;
      this.respawn();
      this.settle({ kind: "timeout", testId });
    }, this.config.timeLimit * 1000 + GRACE_MS);
  }

  settle(outcome) {
    const run = this.pending;
    if (!run) return;
    clearTimeout(run.timer);
    this.pending = null;
    run.resolve(outcome);
  }

  fail(message) {
    this.worker.terminate();
    this.state = "failed";
    this.onStatus("failed", "Python stopped. Run tests restarts it.");
    this.settle({ kind: "crash", message });
  }

  respawn() {
    this.worker.terminate();
    this.spawn();
  }
}
