// Starts the visit's one grading worker from <head>, on every page (the index too, so a
// problem opened from it finds Python ready): bundled as a classic script, it runs where it
// stands, while the rest of the page is still to be parsed and before the page's own module
// (the editor and everything else) has been compiled, so Python's start-up overlaps all of
// that. It also takes over navigation (navigate.js), which keeps this worker across pages, and
// registers the service worker once Python is ready (offline.js). Page modules find all of it
// on window.gradlab, the page's scripting hook.

import { Grader } from "./grader.js";
import { definePage, replaceSearch, startNavigation } from "./navigate.js";
import { cacheEverything, offerTrack, offlineStatus, registerOffline } from "./offline.js";
import { showStatus } from "./runtime-status.js";
import { setUpTheme } from "./theme.js";

setUpTheme();

const site = JSON.parse(document.getElementById("site-config").textContent);
// Resolved now, against the page this visit started on: navigate.js moves the URL (and so
// document.baseURI) before Python is ready, and a page-relative "../../sw.js" resolved later
// from another depth named a file that does not exist (no offline copy for that visit).
const serviceWorker = new URL(site.serviceWorker, document.baseURI).href;
let registered = false;
const grader = new Grader(site, (state, text, boot) => {
  showStatus(state, text, boot);
  // Not in `build.py serve`'s live preview (builder/livereload.js): its pages must come fresh.
  if (state === "ready" && !registered && !window.gradlabPreview) {
    registered = true;
    registerOffline(serviceWorker);
  }
});
window.gradlab = {
  site, grader, definePage, replaceSearch, offline: { offerTrack, offlineStatus, cacheEverything },
};
startNavigation(new URL(".", serviceWorker).href);
