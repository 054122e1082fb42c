"""Malformed problem folders and the one line each must produce, from `check` and from the build.

Each breakage edits a copy of a real problem; ``AT_BUILD`` lists those the site build must
refuse too (the rest need the tests to run, which is `check`'s job, not the build's).
"""


def edit(path, old, new):
    text = path.read_text()
    assert old in text, f"fixture text {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1))


BREAKAGES = {
    "missing tests": (lambda p: (p / "tests.py").unlink(), "tests.py: required file is missing"),
    "bad difficulty": (lambda p: edit(p / "problem.md", "difficulty: medium", "difficulty: tricky"), "problem.md: difficulty: must be one of easy, medium, hard (got 'tricky')"),
    "no minutes": (lambda p: edit(p / "problem.md", "minutes: 15\n", ""), "problem.md: minutes: required field is missing"),
    "bad yaml": (lambda p: edit(p / "problem.md", "gradients]", "gradients"), "problem.md: front matter: invalid YAML"),
    "unknown field": (lambda p: edit(p / "problem.md", "minutes: 15", "minutes: 15\nlevel: 3"), "problem.md: level: unknown field"),
    "no hints": (lambda p: edit(p / "problem.md", "## Hints", "## Tips"), "problem.md: ## Hints: required section is missing"),
    "signature drift": (lambda p: edit(p / "solution.py", "def cross_entropy_grad(logits, target):", "def cross_entropy_grad(z, target):"), "solution.py: cross_entropy_grad: signature (z, target) differs from the stub's (logits, target)"),
    "untitled test": (lambda p: edit(p / "tests.py", '    """Gradient sums to ~0"""\n', ""), "tests.py: test_sums_to_zero: test has no title"),
    "reference wrong": (lambda p: edit(p / "solution.py", "grad[target] -= 1.0", "grad[target] -= 0.5"), "solution.py: reference solution fails"),
    "weak tests": (lambda p: (p / "mutants" / "ok.py").write_text('"""Secretly right."""\n' + (p / "solution.py").read_text()), "mutants/ok.py: mutant passes every test, so the tests miss: Secretly right."),
    "mutant without docstring": (lambda p: (p / "mutants" / "bare.py").write_text("x = 1\n"), "mutants/bare.py: docstring: a mutant starts with a one-line docstring"),
    "mutant off target": (lambda p: (p / "mutants" / "off.py").write_text('"""Wrong."""\ndef helper():\n    pass\n'), "mutants/off.py: defines none of the stub's functions: cross_entropy_grad"),
    "tests syntax error": (lambda p: edit(p / "tests.py", "def loss(z, y):", "def loss(z, y)"), "tests.py: syntax error on line"),
    "non-utf8 stub": (lambda p: (p / "stub.py").write_bytes(b"# caf\xe9\n"), "stub.py: not valid UTF-8"),
    "unknown track": (lambda p: edit(p / "problem.md", "track: losses", "track: fun"), "problem.md: track: must be one of losses, activations, layers, recurrent, attention, transformers, optimizers, numerics, classic-ml, metrics, decoding, generative, rl (got 'fun')"),
    "unknown prerequisite": (lambda p: edit(p / "problem.md", "track: losses", "track: losses\nrequires: [no-such-problem]"), "problem.md: requires: unknown problem 'no-such-problem'"),
    # The folder's own name: the build copies the problem under its real slug, check under "example".
    "requires itself": (lambda p: edit(p / "problem.md", "track: losses", f"track: losses\nrequires: [{p.name}]"), "problem.md: requires: a problem cannot require itself ("),
    "stub without __main__": (lambda p: edit(p / "stub.py", 'if __name__ == "__main__":', "if True:"), "stub.py: __main__: end the stub with an `if __name__ == \"__main__\":` block"),
    "quiz with two answers": (lambda p: (p / "quiz.yaml").write_text("- question: Q?\n  options:\n    - {text: a, correct: true, explanation: x}\n    - {text: b, correct: true, explanation: y}\n"), "quiz.yaml: question 1: options: exactly one option must have 'correct: true' (found 2)"),
    "quiz option without explanation": (lambda p: (p / "quiz.yaml").write_text("- question: Q?\n  options:\n    - {text: a, correct: true}\n    - {text: b, explanation: y}\n"), "quiz.yaml: question 1: option 1: explanation: required field is missing"),
    "alternative fails": (lambda p: (p / "alternatives").mkdir(exist_ok=True) or (p / "alternatives" / "half.py").write_text('"""Scaled by one half."""\nimport numpy as np\n\n\ndef cross_entropy_grad(logits, target):\n    return np.zeros(len(logits))\n'), "alternatives/half.py: a correct formulation (Scaled by one half.) fails"),
    "stub passes": (lambda p: (p / "stub.py").write_text((p / "solution.py").read_text() + '\n\nif __name__ == "__main__":\n    pass\n'), "stub.py: stub passes every test"),
}

AT_BUILD = [name for name in BREAKAGES if name not in ("reference wrong", "weak tests", "stub passes", "alternative fails")]
