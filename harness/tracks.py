"""A course's configuration: ``course.toml``, with its tracks in the order the index shows them.

The engine holds no list of tracks: a course declares its own in ``course.toml`` at the course's
root (the folder holding the problems folder; a ``course.toml`` inside the problems folder itself
is read first), and ``problem.md`` front matter names one of their slugs::

    title = "My course"
    heading = "Learn X by doing"   # optional: the index's h1 (default: the title)
    description = "One line under the title."
    base_url = "https://me.github.io/my-course/"     # optional
    repository = "https://github.com/me/my-course"   # optional: "Report a problem" links

    [[tracks]]
    slug = "basics"
    title = "Basics"
    blurb = "What the track is about."

A folder of problems without a ``course.toml`` still builds, as a course of one track titled
with the folder's name (its parent's when the folder is called ``problems``); a problem's
``track`` may then be omitted, and any track it names is ignored: nothing gives it meaning.
A malformed ``course.toml`` is one :class:`CourseError` line, like any other file.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

COURSE_FILE = "course.toml"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
URL = re.compile(r"^https?://[^\s/]+\S*$")
FIELDS = ("title", "heading", "description", "base_url", "repository", "tracks")
TRACK_FIELDS = ("slug", "title", "blurb")


class CourseError(ValueError):
    """``course.toml`` is malformed; ``str()`` is the one line an author sees."""

    def __init__(self, file: Path | str, field_name: str | None, message: str):
        self.file = Path(file)
        self.field = field_name
        self.message = message
        super().__init__(f"{self.file}: {field_name}: {message}" if field_name else f"{self.file}: {message}")


@dataclass(frozen=True)
class Track:
    slug: str
    title: str
    blurb: str


@dataclass(frozen=True)
class Course:
    title: str
    description: str
    tracks: tuple[Track, ...]
    base_url: str | None = None
    repository: str | None = None
    file: Path | None = None  # None: no course.toml, the one-track default
    heading: str = ""

    def __post_init__(self):
        if not self.heading:
            object.__setattr__(self, "heading", self.title)

    @property
    def slugs(self) -> tuple[str, ...]:
        return tuple(t.slug for t in self.tracks)

    @property
    def declared(self) -> bool:
        return self.file is not None

    def track(self, slug: str) -> Track:
        return next(t for t in self.tracks if t.slug == slug)


def find_course_file(problems_root: Path | str) -> Path | None:
    """The ``course.toml`` of a problems folder: in it, or else beside it; None if neither."""
    root = Path(problems_root).resolve()
    for candidate in (root / COURSE_FILE, root.parent / COURSE_FILE):
        if candidate.is_file():
            return candidate
    return None


def default_course(problems_root: Path | str) -> Course:
    """A folder without ``course.toml``: one track, named after the folder."""
    root = Path(problems_root).resolve()
    name = root.parent.name if root.name == "problems" and root.parent.name else root.name
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "problems"
    return Course(title=name, description="", tracks=(Track(slug, name, ""),))


_cache: dict[tuple[Path, int], Course] = {}


def course_for(problems_root: Path | str) -> Course:
    """The course a problems folder belongs to (read once per version of its ``course.toml``)."""
    file = find_course_file(problems_root)
    if file is None:
        return default_course(problems_root)
    key = (file, file.stat().st_mtime_ns)
    if key not in _cache:
        _cache[key] = load_course(file)
    return _cache[key]


def load_course(file: Path | str) -> Course:
    """Read and validate one ``course.toml``; raise :class:`CourseError` on the first defect."""
    file = Path(file)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CourseError(file, None, f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise CourseError(file, None, f"not valid UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise CourseError(file, None, f"invalid TOML: {exc}") from None
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise CourseError(file, unknown[0], "unknown field (allowed: " + ", ".join(FIELDS) + ")")
    title = _text(data, "title", file, required=True)
    description = _text(data, "description", file)
    base_url = _url(data, "base_url", file)
    repository = _url(data, "repository", file)
    tracks = data.get("tracks")
    if tracks is None:
        raise CourseError(file, "tracks", 'required: at least one [[tracks]] table with slug, title and blurb')
    if not isinstance(tracks, list) or not tracks or not all(isinstance(t, dict) for t in tracks):
        raise CourseError(file, "tracks", "must be one or more [[tracks]] tables")
    found: list[Track] = []
    for n, table in enumerate(tracks, 1):
        where = f"tracks[{n}]"
        extra = sorted(set(table) - set(TRACK_FIELDS))
        if extra:
            raise CourseError(file, f"{where}.{extra[0]}", "unknown field (allowed: " + ", ".join(TRACK_FIELDS) + ")")
        slug = _text(table, "slug", file, required=True, where=where)
        if not SLUG.match(slug):
            raise CourseError(file, f"{where}.slug", f"must be lowercase words joined by hyphens, e.g. 'classic-ml' (got {slug!r})")
        if slug in (t.slug for t in found):
            raise CourseError(file, f"{where}.slug", f"duplicate track {slug!r}")
        found.append(Track(slug, _text(table, "title", file, required=True, where=where), _text(table, "blurb", file, where=where)))
    return Course(title, description, tuple(found), base_url, repository, file, _text(data, "heading", file))


def _text(data: dict, name: str, file: Path, required: bool = False, where: str = "") -> str:
    field_name = f"{where}.{name}" if where else name
    if name not in data:
        if required:
            raise CourseError(file, field_name, "required field is missing")
        return ""
    value = data[name]
    if not isinstance(value, str) or (required and not value.strip()):
        raise CourseError(file, field_name, f"must be a non-empty string (got {value!r})")
    return value.strip()


def _url(data: dict, name: str, file: Path) -> str | None:
    if name not in data:
        return None
    value = data[name]
    if not isinstance(value, str) or not URL.match(value):
        raise CourseError(file, name, f"must be an http(s) URL (got {value!r})")
    return value


def _repo_course() -> Course:
    """This repository's own course.toml, when running from a checkout (for old imports)."""
    file = Path(__file__).resolve().parents[1] / COURSE_FILE
    return load_course(file) if file.is_file() else Course("", "", ())


def __getattr__(name: str):
    # Deprecated: TRACKS / TRACK_SLUGS were the engine's built-in list; they now read this
    # checkout's course.toml. New code asks course_for(problems_root).
    if name == "TRACKS":
        return _repo_course().tracks
    if name == "TRACK_SLUGS":
        return _repo_course().slugs
    raise AttributeError(name)
