// The quiz under the statement: a radio group and a Check button per question, graded at
// once against the answer in the page (a self-check, not an exam), the chosen option's
// explanation shown and announced, and the answers kept (store.js) with a score like "2/3".
// Each check stores only its own answer over what is stored now, so two tabs on one problem
// never drop each other's answers; a tab shows the answers another tab stores as they come.

import * as store from "./store.js";

export function setUpQuiz(root, slug) {
  const quiz = root.querySelector("[data-quiz]");
  if (!quiz) return () => {};
  const questions = [...quiz.querySelectorAll("[data-question]")];
  const score = quiz.querySelector("[data-quiz-score]");

  function showScore() {
    const right = questions.filter((q) => q.dataset.state === "right").length;
    const answered = questions.filter((q) => q.dataset.state !== "unanswered").length;
    score.textContent = `Score: ${right}/${questions.length}` + (answered < questions.length ? ` (${answered} of ${questions.length} answered)` : "");
  }

  function grade(question, chosen) {
    const right = chosen === Number(question.dataset.answer);
    question.dataset.state = right ? "right" : "wrong";
    for (const input of question.querySelectorAll("input[type=radio]")) {
      const option = input.closest(".option");
      option.classList.toggle("chosen", Number(input.value) === chosen);
      if (Number(input.value) === chosen) input.checked = true;
    }
    for (const explanation of question.querySelectorAll("[data-explains]")) {
      explanation.hidden = Number(explanation.dataset.explains) !== chosen;
    }
    question.querySelector(".verdict").textContent = right ? "Right." : "Not quite.";
  }

  function clear(question) {
    question.dataset.state = "unanswered";
    for (const input of question.querySelectorAll("input[type=radio]")) {
      input.checked = false;
      input.closest(".option").classList.remove("chosen");
    }
    for (const explanation of question.querySelectorAll("[data-explains]")) explanation.hidden = true;
    question.querySelector(".verdict").textContent = "";
  }

  /** Show the stored answers; `all`: also clear questions the store has no answer for. */
  function show(all) {
    const answers = store.loadQuiz(slug);
    questions.forEach((question, index) => {
      const saved = answers[index];
      if (Number.isInteger(saved) && question.querySelector(`input[value="${saved}"]`)) {
        if (question.querySelector(".option.chosen input")?.value !== String(saved)) grade(question, saved);
      } else if (all && question.dataset.state !== "unanswered") {
        clear(question);
      }
    });
    showScore();
  }

  const elsewhere = (event) => {
    if (store.isStorageKey(event, "quiz", slug)) show(true);
  };
  addEventListener("storage", elsewhere);

  const listeners = questions.map((question, index) => {
    const check = () => {
      const picked = question.querySelector("input[type=radio]:checked");
      if (!picked) {
        question.querySelector(".verdict").textContent = "Choose an option first.";
        return;
      }
      grade(question, Number(picked.value));
      store.saveQuiz(slug, { ...store.loadQuiz(slug), [index]: Number(picked.value) });
      showScore();
    };
    const button = question.querySelector("[data-check]");
    button.addEventListener("click", check);
    return () => button.removeEventListener("click", check);
  });
  show(false);
  return () => {
    removeEventListener("storage", elsewhere);
    listeners.forEach((remove) => remove());
  };
}
