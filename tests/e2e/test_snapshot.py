"""Python starts from the build's memory snapshot only once it is cached, and boots normally
otherwise: a first visit never waits for the snapshot's 7 MB.

A snapshot part that fails its integrity check must never reach Pyodide: the page falls back
to the normal boot and grades exactly the same.
"""
from __future__ import annotations

from pagekit import run_tests, set_code, wait_until_offline_ready, wait_until_ready

BOOT = "document.getElementById('runtime-status').dataset.boot"
# Flips one byte in the middle of the first snapshot part inside the service worker's cache.
TAMPER = """async () => {
  const [name] = (await caches.keys()).filter((n) => n.startsWith("gradlab-"));
  const cache = await caches.open(name);
  const request = (await cache.keys()).find((r) => r.url.includes("python-snapshot.gz.0"));
  const response = await cache.match(request);
  const body = new Uint8Array(await response.arrayBuffer());
  body[body.length >> 1] ^= 0xff;
  await cache.put(request, new Response(body, { headers: response.headers }));
}"""


def test_first_visit_boots_normally_later_ones_from_the_snapshot(problem_page, problem):
    assert problem_page.evaluate(BOOT) == "full"
    wait_until_offline_ready(problem_page)
    problem_page.reload()
    wait_until_ready(problem_page)
    assert problem_page.evaluate(BOOT) == "snapshot"
    set_code(problem_page, problem.solution)
    assert run_tests(problem_page).startswith("All ")


def test_a_tampered_snapshot_falls_back_to_the_normal_boot(problem_page, problem):
    wait_until_offline_ready(problem_page)
    problem_page.evaluate(TAMPER)
    problem_page.reload()
    wait_until_ready(problem_page)
    assert problem_page.evaluate(BOOT) == "full"
    set_code(problem_page, problem.solution)
    assert run_tests(problem_page).startswith("All ")
