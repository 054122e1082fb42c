"""The course workflow parses, and every command it runs exists with the flags it passes."""
from __future__ import annotations

import argparse
import contextlib
import io
import re
import shlex

import pytest
import yaml

import build
from harness.cli import _parser as harness_parser

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "course.yml"


@pytest.fixture(scope="module")
def workflow():
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def commands(workflow) -> list[list[str]]:
    found = []
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            for line in step.get("run", "").splitlines():
                line = line.split(" > ")[0].strip()
                if line:
                    found.append(shlex.split(line))
    return found


def parses(parser: argparse.ArgumentParser, args: list[str]) -> bool:
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            parser.parse_args(args)
        except SystemExit as exc:
            return exc.code == 0
    return True


def test_workflow_has_check_build_and_deploy(workflow):
    assert set(workflow["jobs"]) == {"check-and-build", "deploy"}
    assert workflow["jobs"]["deploy"]["needs"] == "check-and-build"
    uses = [step.get("uses", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert any(u.startswith("actions/cache@") for u in uses)


def test_every_command_exists_with_its_flags(workflow):
    seen = set()
    for argv in commands(workflow):
        if argv[:3] == ["python", "-m", "harness"]:
            assert parses(harness_parser(), argv[3:]), argv
            seen.add(f"harness {argv[3]}" + (" --pyodide" if "--pyodide" in argv else ""))
        elif argv[:2] == ["python", "build.py"]:
            assert parses(build.parser(), argv[2:]), argv
            seen.add("build")
        elif argv[:3] == ["python", "-m", "harness.runtime"]:
            assert (ROOT / "harness" / "runtime" / "__main__.py").is_file()
            seen.add("runtime")
        elif argv[:4] == ["python", "-m", "pip", "install"]:
            assert (ROOT / "pyproject.toml").is_file()
        elif argv[:2] == ["npm", "ci"]:
            assert (ROOT / "package-lock.json").is_file()
        else:
            pytest.fail(f"unknown command in the workflow: {argv}")
    assert seen == {"harness check", "harness check --pyodide", "build", "runtime"}


def test_cache_keys_hash_files_that_exist(workflow):
    text = WORKFLOW.read_text(encoding="utf-8")
    hashed = re.findall(r"'([^']+)'", " ".join(re.findall(r"hashFiles\(([^)]*)\)", text)))
    assert hashed
    for path in hashed:
        assert (ROOT / path).is_file(), path


def test_docs_name_the_workflow():
    assert ".github/workflows/course.yml" in (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")


def test_the_workflow_gradlab_init_writes_runs_only_gradlab_commands_that_exist():
    """builder/template's workflow (what `gradlab init` writes): check, --pyodide, --mutate, build, deploy."""
    from builder.main import parser as build_parser

    template = yaml.safe_load((ROOT / "builder" / "template" / "github" / "workflows" / "course.yml").read_text(encoding="utf-8"))
    test_workflow_has_check_build_and_deploy(template)
    seen = set()
    for argv in commands(template):
        if argv[0] == "gradlab" and argv[1] in ("check", "mutate", "grade", "new"):
            assert parses(harness_parser(), argv[1:]), argv
            seen.add(" ".join(a for a in argv[1:] if a in ("check", "--pyodide", "--mutate")))
        elif argv[:2] == ["gradlab", "build"]:
            assert parses(build_parser(), argv[2:]), argv
            seen.add("build")
        elif argv[:4] == ["python", "-m", "pip", "install"]:
            assert argv[-2:] == ["-r", "requirements.txt"]
            assert (ROOT / "builder" / "template" / "requirements.txt").is_file()
        else:
            pytest.fail(f"unknown command in the template workflow: {argv}")
    assert seen == {"check --mutate", "check --pyodide", "build"}
