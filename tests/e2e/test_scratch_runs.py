"""The Run button in Chromium: the code as a script, its output, and recovery like the tests'."""
from __future__ import annotations

from hostile import GOOD
from pagekit import EDITOR_TEXT, run_script, run_tests, set_code

PRINTS = GOOD + '\n\nif __name__ == "__main__":\n    print("double:", double(21))\n'


def part(page, name: str) -> str:
    locator = page.locator(f'#scratch-output [data-part="{name}"]')
    return "" if locator.is_hidden() else locator.text_content()


def assert_works(page) -> None:
    set_code(page, PRINTS)
    assert run_script(page).startswith("Ran in ")
    assert part(page, "stdout") == "double: 42\n"
    assert part(page, "traceback") == ""


def test_first_run_of_the_stub_shows_its_main_block_output(hostile_page):
    """The stub's __main__ block calls the unwritten function: the learner sees why at once."""
    assert run_script(hostile_page).startswith("Your script raised an error")
    trace = part(hostile_page, "traceback")
    assert trace.startswith("Traceback (most recent call last):")
    assert trace.endswith("Not implemented yet: double() still raises NotImplementedError.")
    assert 'File "solution.py", line 6, in <module>' in trace


def test_script_prints_and_long_output_is_cut(hostile_page):
    assert_works(hostile_page)
    set_code(hostile_page, "import sys\nprint('x' * 25000)\nprint('careful', file=sys.stderr)\n")
    run_script(hostile_page)
    assert "output cut: 5,001 more characters not shown (limit 20,000)" in part(hostile_page, "stdout")
    assert part(hostile_page, "stderr") == "careful\n"


def test_endless_script_is_stopped_and_the_next_run_and_tests_work(hostile_page):
    set_code(hostile_page, "print('looping')\nwhile True:\n    pass\n")
    assert run_script(hostile_page).startswith("Stopped after 1 s")
    assert "ran longer than 1 s" in part(hostile_page, "traceback")
    assert_works(hostile_page)
    assert run_tests(hostile_page).startswith("All 2 tests passed")


def test_raising_script_shows_a_trimmed_traceback_then_a_run_works(hostile_page):
    set_code(hostile_page, "def f(x):\n    return x['missing']\n\nf({})\n")
    assert run_script(hostile_page).startswith("Your script raised an error")
    assert part(hostile_page, "traceback").splitlines() == [
        "Traceback (most recent call last):",
        '  File "solution.py", line 4, in <module>',
        "    f({})",
        '  File "solution.py", line 2, in f',
        "    return x['missing']",
        "KeyError: 'missing'",
    ]
    assert_works(hostile_page)
    assert hostile_page.evaluate(EDITOR_TEXT) == PRINTS
