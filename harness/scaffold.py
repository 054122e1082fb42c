"""``harness new``: start a problem folder with every required part in place.

It infers what it can (the title and the function name from the slug) and asks only for the
track, and only when someone is at the terminal; anything else it cannot know is left as a
``TODO`` placeholder (with a reference that raises) so that ``harness check`` keeps listing what
is left, in filling order, until the author has written each part.
"""
from __future__ import annotations

import re
from pathlib import Path

from .tracks import course_for

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

STATEMENT = """---
title: {title}
track: {track}  # one of {tracks}
difficulty: easy
tags: [TODO]
minutes: 10
---

## Background

TODO: the idea the learner needs, with math in $...$ or $$...$$.

## Task

TODO: what to implement, e.g. `{func}(x)`.

## Inputs and outputs

- `x`: TODO shape and meaning.
- returns: TODO shape and meaning.

## Examples

```python
>>> {func}(...)
TODO
```

## Constraints

- TODO: sizes, value ranges, stability requirements.

## Hints

### First hint

TODO: a nudge.

### Second hint

TODO: the approach.

## Explanation

TODO: walkthrough of the reference solution, why it is right, and its complexity.
"""

STUB = '''import numpy as np


def {func}(x):
    """TODO: one-line summary, shapes of inputs and output."""
    raise NotImplementedError


if __name__ == "__main__":
    # The statement's first example: what a learner's first Run prints.
    print({func}(np.zeros(3)))
'''

SOLUTION = '''import numpy as np


def {func}(x):
    """TODO: one-line summary, shapes of inputs and output."""
    raise NotImplementedError  # TODO: the reference solution
'''

TESTS = '''import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import {func}


def test_example():
    """TODO: the title learners see before running, like: Matches the worked example"""
    assert_close({func}(np.zeros(3)), np.zeros(3), name="{func}(zeros(3))")
'''

MUTANT = '''"""TODO: one line naming the mistake this wrong solution makes."""
import numpy as np


def {func}(x):
    return x
'''


def scaffold(root: Path, slug: str, track: str = "TODO") -> Path:
    """Create ``root/slug``; raise ValueError for a bad slug, an unknown track or an existing folder.

    The tracks are the course's (``course.toml``, see harness/tracks.py); without one, the
    folder's single track."""
    course = course_for(root)
    slugs = course.slugs
    if not course.declared and track == "TODO":
        track = slugs[0]
    if track not in (*slugs, "TODO"):
        raise ValueError(f"track {track!r} is not one of {', '.join(slugs)}")
    if not SLUG.match(slug):
        raise ValueError(f"slug {slug!r} must be lowercase words joined by hyphens, e.g. 'layer-norm'")
    folder = Path(root) / slug
    if folder.exists():
        raise ValueError(f"{folder} already exists")
    func = slug.replace("-", "_")
    title = slug.replace("-", " ").capitalize()
    files = {
        "problem.md": STATEMENT, "stub.py": STUB, "solution.py": SOLUTION,
        "tests.py": TESTS, "mutants/identity.py": MUTANT,
    }
    for name, template in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(func=func, title=title, track=track, tracks=", ".join(slugs)), encoding="utf-8")
    return folder


def ask_track(ask=input, slugs: tuple[str, ...] | None = None) -> str:
    """The track, chosen by number or name at the terminal; ``TODO`` when nothing valid is given."""
    TRACK_SLUGS = slugs if slugs is not None else course_for(Path("problems")).slugs  # noqa: N806
    if len(TRACK_SLUGS) == 1:
        return TRACK_SLUGS[0]
    print("Which track is it in?")
    for number, track in enumerate(TRACK_SLUGS, 1):
        print(f"  {number}. {track}")
    answer = ask("track (number or name, Enter to decide later): ").strip()
    if answer.isdigit() and 1 <= int(answer) <= len(TRACK_SLUGS):
        return TRACK_SLUGS[int(answer) - 1]
    return answer if answer in TRACK_SLUGS else "TODO"
