// The service worker's page side (the worker itself is site/assets/sw.js). It is registered
// once Python is ready, so on a first visit its precaching never competes with the downloads
// that visit is waiting for. A new build's service worker installs in the background and
// waits; navigate.js asks here before each navigation and, when one is waiting, lets it take
// over and makes that navigation a full load: a page of one build never runs with another's.

let registration = null;
let pendingTrack; // named before the service worker was registered
let replaced = false; // another page let a new build take over: this page's build is gone
let idleAsked = false; // once per page load
// A page already served by the service worker: not a first visit, whose budget idle caching keeps.
const returning = "serviceWorker" in navigator && Boolean(navigator.serviceWorker.controller);

export function registerOffline(url) {
  if (!("serviceWorker" in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (hadController) replaced = true;
  });
  navigator.serviceWorker.register(url).then(
    (found) => {
      registration = found;
      if (pendingTrack !== undefined) offerTrack(pendingTrack);
    },
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

// A catalogue over the precache budget (builder/precache.py): the service worker caches the
// current track when told, and everything when the index's button asks. All of these are
// no-ops without a service worker (or in the live preview, which has none).

// The build's worker, even while it installs: told the track at once, a first visit caches it
// alongside the precache rather than after.
async function active() {
  if (!("serviceWorker" in navigator) || window.gradlabPreview) return null;
  // This visit registers only once Python is ready; an earlier visit's registration serves now.
  const found = registration || (await navigator.serviceWorker.getRegistration());
  return found ? found.active || found.installing || found.waiting : null;
}

/** Let the service worker cache `track`'s problems (the learner's current track); on a return
 * visit, when the page has nothing else to do, one more track (never on a Save-Data connection). */
export async function offerTrack(track) {
  pendingTrack = track;
  const worker = await active();
  if (!worker) return;
  worker.postMessage({ type: "track", track });
  if (returning && !idleAsked && !(navigator.connection && navigator.connection.saveData)) {
    idleAsked = true;
    const idle = window.requestIdleCallback || ((f) => setTimeout(f, 2000));
    idle(() => worker.postMessage({ type: "idle" }), { timeout: 10_000 });
  }
}

function ask(message, type, onMessage = null) {
  return new Promise((resolve) => {
    active().then((worker) => {
      if (!worker) return resolve(null);
      const listen = ({ data }) => {
        if (!data || data.type !== type) return;
        if (onMessage) onMessage(data);
        if (!onMessage || data.finished || data.failed) {
          navigator.serviceWorker.removeEventListener("message", listen);
          resolve(data);
        }
      };
      navigator.serviceWorker.addEventListener("message", listen);
      worker.postMessage(message);
    });
  });
}

/** {lazy, cached, total} from the service worker, or null when there is none yet. */
export const offlineStatus = () => ask({ type: "offline-status" }, "offline-status");

/** Cache every problem; `onProgress({done, total})` as it goes; resolves when finished or failed. */
export const cacheEverything = (onProgress) => ask({ type: "cache-all" }, "offline-progress", onProgress);
