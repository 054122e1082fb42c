// The service worker's page side (the worker itself is site/assets/sw.js). It is registered
// once Python is ready, so on a first visit its precaching never competes with the downloads
// that visit is waiting for. A new build's service worker installs in the background and
// waits; navigate.js asks here before each navigation and, when one is waiting, lets it take
// over and makes that navigation a full load: a page of one build never runs with another's.

let registration = null;
let replaced = false; // another page let a new build take over: this page's build is gone

export function registerOffline(url) {
  if (!("serviceWorker" in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (hadController) replaced = true;
  });
  navigator.serviceWorker.register(url).then(
    (found) => { registration = found; },
    (error) => console.warn(`gradlab: offline copy unavailable: ${error.message}`),
  );
}

/** True when the next navigation must be a full load, to a newer build. */
export function buildChanged() {
  return replaced || Boolean(registration && registration.waiting && navigator.serviceWorker.controller);
}

/** Let a waiting new build take over; resolves once it controls this page (or after 3 s). */
export function takeOver() {
  const waiting = registration && registration.waiting;
  if (!waiting) return Promise.resolve();
  return new Promise((resolve) => {
    navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true });
    setTimeout(resolve, 3000);
    waiting.postMessage({ type: "activate" });
  });
}
