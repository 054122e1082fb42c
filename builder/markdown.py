"""Problem Markdown -> HTML with math already typeset, so the page shows formulas instantly.

Raw HTML in Markdown is escaped: authors write Markdown and ``$math$``, never markup.
"""
from __future__ import annotations

from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

from .node import Renderer

PYTHON_FENCES = ("python", "py", "pycon")


class MathError(ValueError):
    """A formula KaTeX cannot typeset; ``str()`` is KaTeX's message."""


class Markdown:
    def __init__(self, renderer: Renderer):
        self._renderer = renderer
        self._md = (
            MarkdownIt("commonmark", {"html": False, "highlight": self._highlight})
            .enable("table")
            .use(dollarmath_plugin, renderer=self._math, double_inline=True)
        )

    def render(self, text: str) -> str:
        """HTML for ``text``; raise :class:`MathError` for a formula that does not typeset."""
        return self._md.render(text)

    def inline(self, text: str) -> str:
        """HTML for one line of ``text`` without a wrapping paragraph (a quiz option)."""
        return self._md.renderInline(text)

    def python(self, code: str) -> str:
        """Highlighted ``code`` in the same ``<pre><code>`` shape as a Markdown fence."""
        return f'<pre class="code"><code class="language-python">{self._renderer.python(code)}</code></pre>'

    def _highlight(self, code: str, lang: str, attrs: str) -> str:
        if lang not in PYTHON_FENCES:
            return ""
        return self.python(code)

    def _math(self, tex: str, options: dict) -> str:
        try:
            return self._renderer.math(tex, options["display_mode"])
        except ValueError as exc:
            raise MathError(str(exc)) from None
