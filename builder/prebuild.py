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
    # The front end exactly as a checkout's build bundles it (builder/assets.py, its entries
    # and chunks), with KaTeX's stylesheet and fonts.
    sys.path.insert(0, str(REPO))
    from builder.assets import write_assets

    write_assets(dest / "bundle")
    subprocess.run([
        str(esbuild), str(REPO / "builder" / "render.mjs"), "--bundle", "--platform=node", "--format=esm",
        "--log-level=error", f"--outfile={dest / 'render.mjs'}",
    ], cwd=REPO, check=True)


if __name__ == "__main__":
    prebuild(Path(sys.argv[1]))
