// Moves between the site's pages without unloading, so the grading worker and its warm Python
// last the whole visit. A click on a link to one of the site's pages (and back/forward) fetches
// that page, swaps its title, top bar and main content in, and mounts its script (problem.js,
// index.js: each registers a mount function with definePage) after unmounting the current one.
// Anything unexpected falls back to a full load, which always works: pages stand on their own.

import { buildChanged, takeOver } from "./offline.js";
import { paintStatus } from "./runtime-status.js";
import { paintToggle } from "./theme.js";

const mounts = new Map(); // data-page of a page -> mount() -> dispose()
let dispose = null;
let mounted = false;
let shown = where(location.href);
let ticket = 0;

/** `url` as the address bar shows it: a folder's index page by its folder ("/problems/x/"). */
function clean(url) {
  const out = new URL(url);
  out.pathname = out.pathname.replace(/\/index\.html$/, "/");
  return out;
}

/** The page `url` names: path and query, whichever way the folder's index is spelled. */
function where(url) {
  const { pathname, search } = clean(url);
  return pathname + search;
}

/** Register the mount function for pages whose <body data-page> is `kind`; mounts now if due. */
export function definePage(kind, mount) {
  mounts.set(kind, mount);
  if (!mounted && document.body && document.body.dataset.page === kind) mountCurrent();
}

function mountCurrent() {
  const mount = mounts.get(document.body.dataset.page);
  if (!mount) return false;
  mounted = true;
  dispose = mount() || null;
  return true;
}

function unmount() {
  try {
    if (dispose) dispose();
  } catch (error) {
    console.error(error);
  }
  dispose = null;
  mounted = false;
}

/** The URL a click should open in place, or null to leave the click to the browser. */
function inPlace(event, root) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target.closest && event.target.closest("a[href]");
  if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const url = new URL(link.href);
  if (!url.href.startsWith(root) || !/(\.html|\/)$/.test(url.pathname)) return null;
  if (where(url) === shown && url.hash) return null; // an anchor on this page
  return url;
}

async function fetchPage(url) {
  const response = await fetch(url, { headers: { Accept: "text/html" } });
  if (!response.ok || !(response.headers.get("Content-Type") || "").includes("text/html")) {
    throw new Error(`HTTP ${response.status}`);
  }
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  if (!page.body.dataset.page || !page.getElementById("main") || !page.querySelector("header.topbar")) {
    throw new Error("not a gradlab page");
  }
  return page;
}

async function go(url, { push, scroll = 0 }) {
  const mine = ++ticket;
  recordStylesheets();
  // Back/forward has already changed the address: a full load replaces that entry.
  const fullLoad = () => (push ? location.assign(url) : location.replace(url));
  if (buildChanged()) {
    await takeOver();
    fullLoad();
    return;
  }
  let page;
  try {
    page = await fetchPage(url);
    await stylesheets(page, url);
  } catch {
    fullLoad();
    return;
  }
  if (mine !== ticket) return; // a later navigation overtook this one
  if (push) {
    history.replaceState({ ...history.state, scroll: scrollY }, "");
    // A folder's page by its folder: same base URL for relative links, and the URL to share.
    history.pushState({ scroll: 0 }, "", clean(url));
  }
  shown = where(url);
  swap(page, url, scroll);
}

// A relative href resolves against whatever URL pushState sets later, so the first page's own
// stylesheets are recorded as they resolve while that is still the page's URL.
function recordStylesheets() {
  for (const link of document.querySelectorAll("link[rel=stylesheet]:not([data-url])")) link.dataset.url = link.href;
}

// A stylesheet the new page needs (KaTeX's, on problem pages) is added and loaded first, so
// the page never shows unstyled; ones it does not need stay, unused.
function stylesheets(page, url) {
  const have = new Set([...document.querySelectorAll("link[rel=stylesheet]")].map((link) => link.dataset.url));
  const loads = [];
  for (const link of page.querySelectorAll("head link[rel=stylesheet]")) {
    const href = new URL(link.getAttribute("href"), url).href;
    if (have.has(href)) continue;
    const added = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
    added.dataset.url = href;
    loads.push(new Promise((resolve) => { added.onload = added.onerror = resolve; }));
    document.head.append(added);
  }
  return Promise.all(loads);
}

function swap(page, url, scroll) {
  unmount();
  document.title = page.title;
  document.body.className = page.body.className;
  document.body.dataset.page = page.body.dataset.page;
  document.querySelector("header.topbar").replaceWith(document.adoptNode(page.querySelector("header.topbar")));
  document.getElementById("main").replaceWith(document.adoptNode(page.getElementById("main")));
  paintStatus();
  paintToggle();
  if (!mountCurrent()) loadScripts(page, url);
  const target = url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)));
  if (target) target.scrollIntoView();
  else scrollTo(0, scroll);
  // As after a full load, keyboard and screen-reader users start at the new content.
  document.getElementById("main").focus({ preventScroll: true });
}

// The page's own module, first time this kind of page is shown: it registers with definePage,
// which mounts it.
function loadScripts(page, url) {
  const have = new Set([...document.querySelectorAll("script[src]")].map((script) => script.src));
  for (const script of page.querySelectorAll("body script[type=module][src]")) {
    const src = new URL(script.getAttribute("src"), url).href;
    if (have.has(src)) continue;
    document.body.append(Object.assign(document.createElement("script"), { type: "module", src }));
  }
}

/** Replace the query of the page shown (the index's filters) without a new history entry. */
export function replaceSearch(search) {
  const url = new URL(location.href);
  url.search = search;
  history.replaceState(history.state, "", url);
  shown = where(url);
}

/** Take over link clicks and back/forward for pages under `root` (the site's base URL). */
export function startNavigation(root) {
  // The favicon's href is relative to the first page, and the browser resolves it again
  // against each page's URL after pushState: from the index, a 404 on every problem page.
  for (const icon of document.querySelectorAll("link[rel~=icon]")) icon.href = icon.href;
  // Same folder, so every relative URL of the page still resolves as before.
  if (location.href !== clean(location.href).href) history.replaceState(history.state, "", clean(location.href));
  document.addEventListener("click", (event) => {
    const url = inPlace(event, root);
    if (!url) return;
    event.preventDefault();
    go(url, { push: true });
  });
  addEventListener("popstate", (event) => {
    if (where(location.href) === shown) return; // only the #fragment changed
    go(new URL(location.href), { push: false, scroll: (event.state && event.state.scroll) || 0 });
  });
}
