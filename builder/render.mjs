// Build-time renderer: one Node process per build typesets math with KaTeX and highlights
// Python with the same Lezer grammar and token classes as the in-page editor.
// Protocol: one JSON request per stdin line, one JSON reply per stdout line.
//   {"math": "x^2", "display": false}  -> {"html": "..."} | {"error": "..."}
//   {"code": "print(1)"}               -> {"html": "..."}
import { createInterface } from "node:readline";
import katex from "katex";
import { parser } from "@lezer/python";
import { classHighlighter, highlightCode } from "@lezer/highlight";

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function highlight(code) {
  let html = "";
  highlightCode(
    code,
    parser.parse(code),
    classHighlighter,
    (text, classes) => {
      html += classes ? `<span class="${classes}">${escapeHtml(text)}</span>` : escapeHtml(text);
    },
    () => {
      html += "\n";
    },
  );
  return html;
}

function answer(request) {
  if ("code" in request) return { html: highlight(request.code) };
  try {
    return { html: katex.renderToString(request.math, { displayMode: request.display, throwOnError: true }) };
  } catch (error) {
    return { error: String(error.message || error) };
  }
}

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  process.stdout.write(JSON.stringify(answer(JSON.parse(line))) + "\n");
});
