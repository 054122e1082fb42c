"""Read ``pins.toml``, the single source of the runtime's versions and hashes.

Typed, frozen records instead of raw dicts so a typo in a consumer fails loudly at import
time rather than as a ``KeyError`` halfway through an assembly.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PINS_FILE = Path(__file__).with_name("pins.toml")


@dataclass(frozen=True)
class NpmPin:
    package: str
    version: str
    integrity: str
    files: tuple[str, ...]

    @property
    def tarball_name(self) -> str:
        return f"{self.package}-{self.version}.tgz"


@dataclass(frozen=True)
class FallbackPin:
    package: str
    version: str
    file_name: str
    sha256: str
    member: str


@dataclass(frozen=True)
class NumpyPin:
    name: str
    version: str
    file_name: str
    fallback: FallbackPin


@dataclass(frozen=True)
class WheelPin:
    name: str
    version: str
    file_name: str
    sha256: str
    imports: tuple[str, ...]
    depends: tuple[str, ...]


@dataclass(frozen=True)
class Pins:
    version: str
    python: str
    cdn: str
    npm: NpmPin
    numpy: NumpyPin
    wheels: tuple[WheelPin, ...]

    @property
    def runtime_name(self) -> str:
        return f"pyodide-{self.version}"


def parse(data: dict) -> Pins:
    py, npm, num = data["pyodide"], data["npm"], data["numpy"]
    return Pins(
        version=py["version"],
        python=py["python"],
        cdn=py["cdn"],
        npm=NpmPin(**{**npm, "files": tuple(npm["files"])}),
        numpy=NumpyPin(
            name=num["name"],
            version=num["version"],
            file_name=num["file_name"],
            fallback=FallbackPin(**num["fallback"]),
        ),
        wheels=tuple(
            WheelPin(**{**w, "imports": tuple(w["imports"]), "depends": tuple(w["depends"])})
            for w in data["wheels"]
        ),
    )


@cache
def pins() -> Pins:
    """The parsed ``pins.toml`` (read once per process)."""
    with PINS_FILE.open("rb") as f:
        return parse(tomllib.load(f))
