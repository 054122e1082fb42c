// Keyboard ways into and out of the editor: E (outside any text field) puts the caret in the
// editor; Esc inside it moves the focus on to "Run tests" (editor.js's onEscape), so the
// editor, which keeps Tab for indenting, is never a trap.

const TYPING = "input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog[open]";

/** E focuses `editor` (an editor.js editor); returns the function that stops it. */
export function setUpEditorKey(editor) {
  function onKey(event) {
    if (event.key !== "e" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (event.target.closest && event.target.closest(TYPING)) return;
    event.preventDefault();
    editor.view.focus();
  }
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
