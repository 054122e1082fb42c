"""The project lock: built from the pins and the official lock, refused when a wheel is misnamed."""
import dataclasses
import json

import pytest

from harness.runtime import assemble, lock, pins


@pytest.fixture(scope="module")
def official():
    return json.loads((assemble() / "pyodide-lock.json").read_text())


def test_lock_lists_numpy_from_the_official_lock_and_the_pinned_wheels(official):
    built = lock.build(official, pins())
    assert sorted(built["packages"]) == sorted(["numpy", *(w.name for w in pins().wheels)])
    assert built["packages"]["numpy"]["sha256"] == official["packages"]["numpy"]["sha256"]
    assert built["info"] == official["info"]


def test_a_pin_whose_version_disagrees_with_its_wheel_is_refused(official):
    p = pins()
    first = dataclasses.replace(p.wheels[0], version="9.9")
    with pytest.raises(ValueError, match="does not match package version '9.9'"):
        lock.build(official, dataclasses.replace(p, wheels=(first, *p.wheels[1:])))
