// The service worker: the whole build offline after one visit, and cross-origin isolation
// (COOP/COEP on every response it serves) on any static host, so the grading worker can be
// interrupted instead of replaced.
//
// The build prepends `const BUILD = {id, files: [[url, integrity], ...]}` (builder/precache.py):
// every file of the build, each URL as pages request it. The cache is named after the build
// and filled completely, every file checked against its hash, before this worker may serve
// anything, so a half-updated mix of two builds is never served. A new build's worker waits
// until a page asks it to take over (site/assets/js/offline.js does so on a navigation, which
// then becomes a full load); on taking over it deletes every older cache. localStorage (the
// learner's code and progress) is never touched.

const CACHE = `gradlab-${BUILD.id}`;
const ISOLATION = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };
const NO_BODY = new Set([101, 103, 204, 205, 304]);
const PARALLEL = 8;

/** `response` with the isolation headers; a fresh Response, so never "redirected". */
function isolated(response, integrity = null) {
  if (response.type === "opaque" || response.type === "opaqueredirect" || NO_BODY.has(response.status)) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION)) headers.set(name, value);
  if (integrity) headers.set("X-Gradlab-Integrity", integrity);
  // The body is already decoded; the encoding and length headers describe the wire, not it.
  for (const name of ["Vary", "Content-Encoding", "Content-Length"]) headers.delete(name);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

// A catalogue over the byte budget (builder/precache.py) leaves its problems' files out of the
// precache: BUILD.tracks lists them by track, [index into BUILD.files, gzipped bytes]. The
// learner's current track is cached once a page names it, any other file the first time it is
// requested, and all of them when the index's "Make every problem available offline" asks.
const LAZY = new Map();
for (const [track, entries] of Object.entries(BUILD.tracks)) {
  for (const [index, bytes] of entries) LAZY.set(index, { track, bytes });
}
const url = (path) => new URL(path, self.registration.scope).href;
const LAZY_BY_URL = new Map([...LAZY.keys()].map((index) => [url(BUILD.files[index][0]), BUILD.files[index]]));
const INTEGRITY = "X-Gradlab-Integrity"; // kept with each cached copy: a later build reuses what did not change

/** Fetch `path`, check it against `integrity` and keep it in `cache`; resolves to the cached copy. */
async function store(cache, [path, integrity]) {
  const key = url(path);
  const had = await cache.match(key);
  if (had) return had; // an interrupted install resumes
  // Unversioned files (pages, the runtime) are revalidated: a stale copy fails its hash.
  const response = await retried(() => fetch(key, { integrity, cache: path.includes("?v=") ? "default" : "no-cache" }));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  await cache.put(key, isolated(response, integrity));
  return cache.match(key);
}

/** `request()`, tried again twice after a failure (a dropped connection, a busy server): one
 * blip must not stop "Make every problem available offline" half-way. Offline, it fails in ~1.5 s. */
async function retried(request, tries = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await request();
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

async function storeAll(files, onEach = () => {}) {
  const cache = await caches.open(CACHE);
  const queue = [...files];
  async function next() {
    while (queue.length) {
      await store(cache, queue.pop());
      onEach();
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, next));
}

/** Copy into the new cache the lazy files an older build had cached with the same hash. */
async function carryOver() {
  const cache = await caches.open(CACHE);
  const older = (await caches.keys()).filter((name) => name.startsWith("gradlab-") && name !== CACHE);
  for (const name of older) {
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const file = LAZY_BY_URL.get(request.url);
      if (!file || (await cache.match(request.url))) continue;
      const response = await old.match(request);
      if (response && response.headers.get(INTEGRITY) === file[1]) await cache.put(request.url, response);
    }
  }
}

async function precache() {
  await storeAll(BUILD.files.filter((_, index) => !LAZY.has(index)));
  if (LAZY.size) await carryOver();
}

/** Cache the lazy files of `track` (the first track when it is unknown), within the budget. */
async function cacheTrack(track) {
  const tracks = Object.keys(BUILD.tracks);
  const files = await withinBudget(BUILD.tracks[tracks.includes(track) ? track : tracks[0]] || []);
  await storeAll(files).catch(() => {}); // offline now: the rest is cached as visited
}

/** A returning learner's page is idle: cache the next track not yet cached, one track per visit,
 * so the catalogue comes offline over a few visits without a first visit paying for it. */
async function cacheNextTrack() {
  const cache = await caches.open(CACHE);
  for (const entries of Object.values(BUILD.tracks)) {
    const missing = await withinBudget(entries, async ([path]) => Boolean(await cache.match(url(path))));
    if (missing.length) return storeAll(missing).catch(() => {});
  }
}

/** A track's files in order, up to the byte budget; those `stored` says are cached already are
 * left out and not counted. */
async function withinBudget(entries, stored = async () => false) {
  const files = [];
  let bytes = 0;
  for (const [index, size] of entries) {
    if (await stored(BUILD.files[index])) continue;
    if ((bytes += size) > BUILD.budget) break;
    files.push(BUILD.files[index]);
  }
  return files;
}

/** Cache every lazy file, telling `client` how far it got. */
async function cacheEverything(client) {
  const files = [...LAZY.keys()].map((index) => BUILD.files[index]);
  let done = 0;
  const tell = (extra = {}) => client && client.postMessage({ type: "offline-progress", done, total: files.length, ...extra });
  try {
    await storeAll(files, () => { done += 1; if (done % 10 === 0) tell(); });
    tell({ finished: true });
  } catch (error) {
    tell({ failed: String(error.message || error) });
  }
}

async function offlineStatus() {
  const cache = await caches.open(CACHE);
  let cached = 0;
  for (const key of LAZY_BY_URL.keys()) if (await cache.match(key)) cached += 1;
  return { type: "offline-status", lazy: LAZY.size > 0, cached, total: LAZY.size };
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    await precache();
    // The first install has no older build to mix with: serve at once.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("gradlab-") && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  const { data } = event;
  if (!data) return;
  if (data.type === "activate") self.skipWaiting();
  if (data.type === "track" && LAZY.size) event.waitUntil(cacheTrack(data.track));
  if (data.type === "idle" && LAZY.size) event.waitUntil(cacheNextTrack());
  if (data.type === "cache-all") event.waitUntil(cacheEverything(event.source));
  if (data.type === "offline-status") event.waitUntil(offlineStatus().then((status) => event.source.postMessage(status)));
});

async function respond(request) {
  let url = request.url.split("#")[0];
  const { pathname } = new URL(url);
  // A page, loaded or fetched by navigate.js: by its folder ("/problems/x/", the address bar's
  // form) or with a query (the index's filters), it is still the cached index.html.
  const page = request.mode === "navigate" || /(\/|\.html)$/.test(pathname);
  if (pathname.endsWith("/")) url = new URL("index.html", url).href;
  const cached = await caches.match(url, { cacheName: CACHE, ignoreSearch: page });
  if (cached) return cached;
  // A problem's file this build left out of the precache: cached as it is visited.
  const lazy = LAZY_BY_URL.get(page ? url.split("?")[0] : url);
  if (lazy) {
    try {
      return await store(await caches.open(CACHE), lazy);
    } catch {
      // offline, or a file that changed under this build: the network's answer, as before
    }
  }
  return isolated(await fetch(request));
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(respond(request));
});
