// The runtime status in the top bar ("Loading Python…", "Ready"). The grader outlives the
// pages navigate.js swaps in and out, so its last word is kept here and painted onto each
// new top bar; data-boot says how Python was started (snapshot or full).

let last = { state: "loading", text: "Loading Python…", boot: null };

export function showStatus(state, text, boot) {
  last = { state, text, boot: boot || last.boot };
  paintStatus();
}

export function paintStatus() {
  const status = document.getElementById("runtime-status");
  if (!status) {
    // Still parsing (boot.js runs in <head>); painted once the element exists.
    document.addEventListener("DOMContentLoaded", paintStatus, { once: true });
    return;
  }
  status.dataset.state = last.state;
  if (last.boot) status.dataset.boot = last.boot;
  document.getElementById("runtime-text").textContent = last.text;
}
