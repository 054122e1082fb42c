"""Statement splitting: visible body, hints one by one, explanation kept for the solution."""
import pytest

from harness.statement import StatementError, parse_statement

SECTIONS = ["Background", "Task", "Inputs and outputs", "Examples", "Constraints"]


def statement(examples="```python\n>>> f(1)\n2\n```", hints="### One\n\nFirst.\n\n### Two\n\n```python\nx = 1\n```"):
    parts = ["---\ntitle: T\ndifficulty: easy\ntags: [a]\nminutes: 5\n---\n"]
    parts += [f"## {name}\n\n{examples if name == 'Examples' else name + ' text.'}\n" for name in SECTIONS]
    parts += [f"## Hints\n\n{hints}\n", "## Explanation\n\nWhy it works.\n"]
    return "\n".join(parts)


def test_front_matter_sections_hints_and_explanation():
    front, parsed = parse_statement(statement())
    assert front == {"title": "T", "difficulty": "easy", "tags": ["a"], "minutes": 5}
    assert parsed.sections == (*SECTIONS, "Hints", "Explanation")
    assert [h.title for h in parsed.hints] == ["One", "Two"]
    assert parsed.hints[1].body == "```python\nx = 1\n```"
    assert parsed.explanation == "Why it works."
    assert "## Hints" not in parsed.body and "Why it works" not in parsed.body


def test_examples_right_after_a_heading_are_kept():
    _, parsed = parse_statement(statement())
    assert "## Examples\n\n```python\n>>> f(1)\n2\n```" in parsed.body


def test_headings_inside_code_fences_are_code():
    _, parsed = parse_statement(statement(examples="```python\n## not a section\n```"))
    assert "## not a section" in parsed.body
    assert "not a section" not in parsed.sections


@pytest.mark.parametrize("text, field", [
    ("no front matter\n## Task\n", "front matter"),
    ("---\n[unclosed\n---\n", "front matter"),
    ("---\n- a list\n---\n", "front matter"),
])
def test_bad_front_matter_names_the_field(text, field):
    with pytest.raises(StatementError) as info:
        parse_statement(text)
    assert info.value.field == field


def test_hints_need_headings():
    with pytest.raises(StatementError, match="own '### ' heading"):
        parse_statement(statement(hints="Just text."))
