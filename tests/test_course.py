"""course.toml: the course's own title and tracks, validated with one-line errors; a folder
without one is a course of one track."""
import pytest

from harness.catalogue import plan
from harness.cli import main
from harness.problem import ProblemError, load_problem
from harness.scaffold import scaffold
from harness.tracks import COURSE_FILE, CourseError, course_for, load_course

from conftest import ROOT
from copies import copy_problem

EXAMPLE = ROOT / "problems" / "cross-entropy-grad"
TWO_TRACKS = '''title = "Signals"
description = "Filters, one exercise at a time."
repository = "https://github.com/me/signals"

[[tracks]]
slug = "basics"
title = "Basics"
blurb = "First steps."

[[tracks]]
slug = "filters"
title = "Filters"
blurb = "FIR and IIR."
'''


def test_this_catalogue_reads_its_tracks_from_course_toml():
    course = course_for(ROOT / "problems")
    assert course.file == ROOT / COURSE_FILE
    assert course.slugs[:3] == ("losses", "activations", "layers") and len(course.slugs) == 13
    assert all(t.title and t.blurb for t in course.tracks)
    used = {load_problem(p).meta.track for p in (ROOT / "problems").iterdir() if p.is_dir()}
    assert used <= set(course.slugs)
    assert "TRACKS = (" not in (ROOT / "harness" / "tracks.py").read_text(), "no list of tracks in engine code"


def course_with_problem(tmp_path, toml=TWO_TRACKS, track="basics"):
    (tmp_path / COURSE_FILE).write_text(toml)
    folder = copy_problem(EXAMPLE, tmp_path / "problems" / "xent", course=False)
    statement = folder / "problem.md"
    statement.write_text(statement.read_text().replace("track: losses", f"track: {track}"))
    return folder


def test_tracks_come_from_the_course_in_order(tmp_path):
    folder = course_with_problem(tmp_path, track="filters")
    problem = load_problem(folder)
    assert problem.meta.track == "filters"
    assert [p.track.slug for p in plan([problem])] == ["filters"]
    assert course_for(folder.parent).repository == "https://github.com/me/signals"


def test_unknown_track_names_the_course_tracks(tmp_path):
    folder = course_with_problem(tmp_path, track="losses")
    with pytest.raises(ProblemError, match=r"problem.md: track: must be one of basics, filters \(got 'losses'\)"):
        load_problem(folder)


@pytest.mark.parametrize("toml, expected", [
    ('title = "x"\n', "course.toml: tracks: required"),
    ('title = "x"\ntracks = 3\n', "course.toml: tracks: must be one or more [[tracks]] tables"),
    ('description = "d"\n[[tracks]]\nslug = "a"\ntitle = "A"\n', "course.toml: title: required field is missing"),
    ('title = "x"\ncolour = "red"\n[[tracks]]\nslug = "a"\ntitle = "A"\n', "course.toml: colour: unknown field"),
    ('title = "x"\n[[tracks]]\nslug = "Not A Slug"\ntitle = "A"\n', "course.toml: tracks[1].slug: must be lowercase words"),
    ('title = "x"\n[[tracks]]\nslug = "a"\ntitle = "A"\n[[tracks]]\nslug = "a"\ntitle = "B"\n', "course.toml: tracks[2].slug: duplicate track 'a'"),
    ('title = "x"\n[[tracks]]\nslug = "a"\n', "course.toml: tracks[1].title: required field is missing"),
    ('title = "x"\nrepository = "github.com/me"\n[[tracks]]\nslug = "a"\ntitle = "A"\n', "course.toml: repository: must be an http(s) URL"),
    ('title = "x\n', "course.toml: invalid TOML"),
])
def test_check_refuses_a_malformed_course_file_in_one_line(tmp_path, capsys, toml, expected):
    folder = course_with_problem(tmp_path)
    (tmp_path / COURSE_FILE).write_text(toml)
    with pytest.raises(CourseError):
        load_course(tmp_path / COURSE_FILE)
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("FAIL  ") and expected in out.splitlines()[0], out
    assert "Traceback" not in out


def test_a_folder_without_course_toml_is_one_track_named_after_it(tmp_path):
    root = tmp_path / "ml-drills"
    folder = copy_problem(EXAMPLE, root / "xent", course=False)
    course = course_for(root)
    assert not course.declared and course.title == "ml-drills" and course.slugs == ("ml-drills",)
    assert load_problem(folder).meta.track == "ml-drills", "a track it names is ignored"
    statement = folder / "problem.md"
    statement.write_text(statement.read_text().replace("track: losses\n", ""))
    assert load_problem(folder).meta.track == "ml-drills", "and may be left out"
    # A folder called problems is named after the course folder around it.
    assert course_for(tmp_path / "drills" / "problems").title == "drills"


def test_new_offers_the_course_tracks(tmp_path):
    course_with_problem(tmp_path)
    with pytest.raises(ValueError, match="not one of basics, filters"):
        scaffold(tmp_path / "problems", "low-pass", "losses")
    folder = scaffold(tmp_path / "problems", "low-pass", "filters")
    assert "track: filters  # one of basics, filters" in (folder / "problem.md").read_text()


def test_report_link_only_with_a_repository(tmp_path):
    import build as site_build

    folder = course_with_problem(tmp_path)
    site_build.build(folder.parent, tmp_path / "_site")
    page = (tmp_path / "_site" / "problems" / "xent" / "index.html").read_text()
    assert 'id="report-problem" href="https://github.com/me/signals/issues/new?title=Problem%20xent%3A%20"' in page
    assert 'data-slug="xent"' in page and 'id="report-include-code"' in page
    index = (tmp_path / "_site" / "index.html").read_text()
    assert "<title>Signals</title>" in index and "Filters, one exercise at a time." in index
    (tmp_path / COURSE_FILE).write_text(TWO_TRACKS.replace('repository = "https://github.com/me/signals"\n', ""))
    site_build.build(folder.parent, tmp_path / "_site")
    assert "report-problem" not in (tmp_path / "_site" / "problems" / "xent" / "index.html").read_text()
