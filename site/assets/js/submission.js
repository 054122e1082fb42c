// "Submit your work": the progress export (transfer.js, version 2) as a submission for the
// course's instructor, with the learner's name or ID (entered once, kept in this browser) and
// the course's title. `gradlab grade-submissions` re-grades its code; see docs/courses.md.

import * as store from "./store.js";
import { exportProgress } from "./transfer.js";

export const KIND = "submission";

export function exportSubmission(name, course) {
  return { ...exportProgress(), kind: KIND, learner: { name }, course: { title: course } };
}

export function setUpSubmission(root) {
  const section = root.getElementById("submission");
  if (!section) return () => {};
  const input = root.getElementById("learner-name");
  const button = root.getElementById("export-submission");
  const message = root.getElementById("submission-message");
  input.value = store.loadLearner();
  const remember = () => store.saveLearner(input.value.trim());
  const download = () => {
    const name = input.value.trim();
    if (!name) {
      message.textContent = "Enter your name or student ID first.";
      message.classList.add("error-box");
      input.focus();
      return;
    }
    remember();
    const data = exportSubmission(name, section.dataset.course);
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    const safe = name.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 60);
    const link = Object.assign(document.createElement("a"), { href: url, download: `submission-${safe}-${data.exportedAt.slice(0, 10)}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    const count = Object.keys(data.problems).length;
    message.classList.remove("error-box");
    message.textContent = `Exported a submission for ${count} problem${count === 1 ? "" : "s"}.`;
  };
  input.addEventListener("change", remember);
  button.addEventListener("click", download);
  return () => {
    input.removeEventListener("change", remember);
    button.removeEventListener("click", download);
  };
}
