"""Make ``builder/_dist/`` for the wheel: the site's templates and static files, the front end
bundled by esbuild, KaTeX's stylesheet and fonts, and the Node renderer bundled with KaTeX and
Lezer. Run by ``setup.py`` when a wheel is built (``pip wheel .``, ``pip install .``), so the
installed package builds sites without npm. Standard library only: it runs in pip's build
environment. ``python -m builder.prebuild OUT`` makes it by hand.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ENTRIES = ("problem.js", "index.js")
CLASSIC_ENTRIES = ("boot.js",)


def prebuild(dest: Path) -> None:
    node_modules = REPO / "node_modules"
    esbuild = node_modules / ".bin" / "esbuild"
    if not esbuild.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("building the gradlab wheel needs the front end's npm packages: install Node.js 20+ with npm")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=REPO, check=True)
    if dest.exists():
        shutil.rmtree(dest)
    site = dest / "site"
    shutil.copytree(REPO / "site", site, ignore=shutil.ignore_patterns("js", "__pycache__"))
    bundle = dest / "bundle"
    js = REPO / "site" / "assets" / "js"
    common = ["--bundle", "--minify", "--target=es2020", "--log-level=error", f"--outdir={bundle}"]
    subprocess.run([str(esbuild), *(str(js / n) for n in ENTRIES), "--format=esm", *common], cwd=REPO, check=True)
    subprocess.run([str(esbuild), *(str(js / n) for n in CLASSIC_ENTRIES), "--format=iife", *common], cwd=REPO, check=True)
    katex = node_modules / "katex" / "dist"
    shutil.copytree(katex / "fonts", bundle / "katex" / "fonts", ignore=shutil.ignore_patterns("*.ttf", "*.woff"))
    shutil.copyfile(katex / "katex.min.css", bundle / "katex" / "katex.min.css")
    subprocess.run([
        str(esbuild), str(REPO / "builder" / "render.mjs"), "--bundle", "--platform=node", "--format=esm",
        "--log-level=error", f"--outfile={dest / 'render.mjs'}",
    ], cwd=REPO, check=True)


if __name__ == "__main__":
    prebuild(Path(sys.argv[1]))
