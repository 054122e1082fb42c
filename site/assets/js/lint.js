// CodeMirror's lint package, its own chunk: a page downloads it only when a run has a line to mark.
export { lintGutter, setDiagnostics } from "@codemirror/lint";
