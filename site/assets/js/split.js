// The statement | editor split on wide screens: a handle between the panes (role=separator)
// dragged by pointer or moved by the arrow keys (Home/End to the limits), its position kept
// in localStorage for every problem. The width is the CSS variable --split on .workspace (the
// statement's share, in %), which styles.css uses only where the panes stand side by side.

const KEY = "gradlab:split";
const MIN = 25;
const MAX = 75;
const STEP = 2;
const DEFAULT = 48;

function load() {
  try {
    const value = Number(localStorage.getItem(KEY));
    return value >= MIN && value <= MAX ? value : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

/** Wire `handle` to resize `workspace`; returns the function that unwires it. */
export function setUpSplit(workspace, handle) {
  let share = load();
  function show(value, keep = false) {
    share = Math.min(MAX, Math.max(MIN, Math.round(value * 10) / 10));
    workspace.style.setProperty("--split", String(share));
    handle.setAttribute("aria-valuenow", String(Math.round(share)));
    handle.setAttribute("aria-valuetext", `Statement ${Math.round(share)}% of the width`);
    if (keep) {
      try {
        localStorage.setItem(KEY, String(share));
      } catch {}
    }
  }
  show(share);

  function onKey(event) {
    const moves = { ArrowLeft: share - STEP, ArrowRight: share + STEP, Home: MIN, End: MAX };
    if (!(event.key in moves)) return;
    event.preventDefault();
    show(moves[event.key], true);
  }

  function onDown(event) {
    if (event.button !== 0) return;
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    handle.dataset.dragging = "";
    const box = workspace.getBoundingClientRect();
    const move = (e) => show(((e.clientX - box.left) / box.width) * 100);
    const up = () => {
      handle.removeEventListener("pointermove", move);
      delete handle.dataset.dragging;
      show(share, true);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up, { once: true });
    handle.addEventListener("pointercancel", up, { once: true });
  }

  handle.addEventListener("keydown", onKey);
  handle.addEventListener("pointerdown", onDown);
  return () => {
    handle.removeEventListener("keydown", onKey);
    handle.removeEventListener("pointerdown", onDown);
  };
}

/** The full-screen editor: `button` (aria-pressed) hides the statement and gives the editor the width. */
export function setUpFullScreen(workspace, button) {
  function toggle() {
    const on = button.getAttribute("aria-pressed") !== "true";
    button.setAttribute("aria-pressed", String(on));
    workspace.toggleAttribute("data-full-editor", on);
  }
  button.addEventListener("click", toggle);
  return () => button.removeEventListener("click", toggle);
}
