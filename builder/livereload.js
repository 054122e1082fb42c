// Live preview, dev only: `build.py serve` links this first in the <head> of each page as it
// serves it (builder/livereload.py); it is never written into _site/. It reloads the page when
// a rebuild changed it, and shows a failed rebuild's error as a banner until a good rebuild.
// The learner's code and statuses live in localStorage, and the page saves a pending edit on
// `pagehide`, which a reload fires, so a reload keeps them; the scroll positions are kept here.
(() => {
  // Read by the site's scripts: in preview, no service worker may serve cached pages.
  window.gradlabPreview = true;
  navigator.serviceWorker?.getRegistrations().then((all) => all.forEach((r) => r.unregister()));

  let served = Number(document.currentScript.dataset.build);
  // The site path of the page shown now (read each time: a page may navigate without reloading).
  const here = () => decodeURIComponent(location.pathname).replace(/^\//, "").replace(/(^|\/)$/, "$1index.html");
  const scrollKey = () => `gradlab:preview:scroll:${here()}`;
  const scrollables = () => [document.scrollingElement, ...document.querySelectorAll("main [id], main [class]")]
    .filter((el) => el && el.scrollHeight > el.clientHeight);
  const keyOf = (el) => (el === document.scrollingElement ? ":root" : el.id ? `#${el.id}` : `.${el.classList[0]}`);

  function reload() {
    const positions = {};
    for (const el of scrollables()) if (el.scrollTop > 0) positions[keyOf(el)] = el.scrollTop;
    try {
      sessionStorage.setItem(scrollKey(), JSON.stringify(positions));
    } catch {}
    location.reload();
  }

  addEventListener("load", () => {
    let positions = null;
    try {
      positions = JSON.parse(sessionStorage.getItem(scrollKey()));
      sessionStorage.removeItem(scrollKey());
    } catch {}
    if (!positions) return;
    for (const el of scrollables()) if (keyOf(el) in positions) el.scrollTop = positions[keyOf(el)];
  });

  function banner(message) {
    if (!document.body) {
      document.addEventListener("DOMContentLoaded", () => banner(message), { once: true });
      return;
    }
    let box = document.getElementById("gradlab-preview-error");
    if (!message) {
      box?.remove();
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = "gradlab-preview-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;z-index:2147483647;top:0;left:0;right:0;margin:0;padding:10px 16px;"
        + "background:#b3261e;color:#fff;font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;"
        + "box-shadow:0 2px 8px rgba(0,0,0,.3)";
      document.body.prepend(box);
    }
    box.textContent = `Build failed; showing the last good build.\n${message}`;
  }

  // One stream per visible tab: a browser opens at most six HTTP/1.1 connections to a host, so
  // tabs in the background let theirs go; the state sent on reconnecting says what they missed.
  let events = null;
  function connect() {
    if (events) return;
    events = new EventSource("/__gradlab/events");
    events.onmessage = ({ data }) => {
      const state = JSON.parse(data);
      banner(state.error);
      if (state.build === served) return;
      // Missed a build while disconnected, or a full rebuild, or this page was rewritten.
      const stale = state.build !== served + 1 || state.changed === null || state.changed.includes(here());
      served = state.build;
      if (stale) {
        disconnect();
        reload();
      }
    };
  }
  function disconnect() {
    events?.close();
    events = null;
  }
  document.addEventListener("visibilitychange", () => (document.hidden ? disconnect() : connect()));
  if (!document.hidden) connect();
})();
