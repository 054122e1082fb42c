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
function isolated(response) {
  if (response.type === "opaque" || response.type === "opaqueredirect" || NO_BODY.has(response.status)) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION)) headers.set(name, value);
  // The body is already decoded; the encoding and length headers describe the wire, not it.
  for (const name of ["Vary", "Content-Encoding", "Content-Length"]) headers.delete(name);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function precache() {
  const cache = await caches.open(CACHE);
  const queue = [...BUILD.files];
  async function next() {
    while (queue.length) {
      const [path, integrity] = queue.pop();
      const url = new URL(path, self.registration.scope).href;
      if (await cache.match(url)) continue; // an interrupted install resumes
      // Unversioned files (pages, the runtime) are revalidated: a stale copy fails its hash.
      const response = await fetch(url, { integrity, cache: path.includes("?v=") ? "default" : "no-cache" });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      await cache.put(url, isolated(response));
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, next));
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
  if (event.data && event.data.type === "activate") self.skipWaiting();
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
  return isolated(await fetch(request));
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(respond(request));
});
