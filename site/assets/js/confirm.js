// One modal confirmation for the two irreversible-feeling actions (reset code, show solution).
// A native <dialog>: focus moves into it, Esc cancels, and focus returns afterwards.

/** Ask; resolves true only when the learner picks the confirming button. */
export function confirmAction(dialog, { title, text, confirm }) {
  dialog.querySelector("#confirm-title").textContent = title;
  dialog.querySelector("#confirm-text").textContent = text;
  dialog.querySelector("#confirm-ok").textContent = confirm;
  dialog.returnValue = "";
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
    dialog.showModal();
    dialog.querySelector("#confirm-cancel").focus();
  });
}
