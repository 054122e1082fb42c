// The code editor: CodeMirror 6 with Python highlighting and auto-indent, Tab to indent
// (Esc leaves the editor: onEscape moves the focus on), Ctrl/Cmd+Enter to run.
// Long lines wrap: the editor is half a screen wide on desktop and a phone's width on mobile.
// Lines where the last run raised carry CodeMirror's lint markers (gutter and underline).
// Token classes come from Lezer's classHighlighter, the same classes the build uses for the
// statement's code samples, so one stylesheet colours both.

import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { Compartment, EditorState } from "@codemirror/state";
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers,
} from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";

/**
 * @param {HTMLElement} parent
 * @param {{doc: string, label: string, help: string, onChange: (code: string) => void, onRun: () => void,
 *   onEscape?: () => void}} options
 *   help: id of the element that explains the keys; onEscape: Esc leaves the editor (its
 *   handler moves the focus on)
 */
export function createEditor(parent, { doc, label, help, onChange, onRun, onEscape }) {
  const lintSlot = new Compartment(); // CodeMirror's lint package, loaded with the first error to mark
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        lintSlot.of([]),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        syntaxHighlighting(classHighlighter),
        python(),
        keymap.of([
          { key: "Mod-Enter", run: () => (onRun(), true), preventDefault: true },
          ...(onEscape ? [{ key: "Escape", run: () => (onEscape(), true) }] : []),
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        // tabindex: a focusable element inside the scroller, so the scroller is reachable (axe).
        EditorView.contentAttributes.of({ "aria-label": label, "aria-describedby": help, tabindex: "0" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  let lint = null;
  let lintLoaded = false;
  const lineRange = (number) => view.state.doc.line(Math.min(Math.max(1, number), view.state.doc.lines));
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    /** Mark the lines where the last run raised ([{line, message}]); an empty list clears them. */
    async markErrors(errors) {
      if (!errors.length && !lint) return;
      lint ??= import("./lint.js");
      const { lintGutter, setDiagnostics } = await lint;
      if (!lintLoaded) {
        lintLoaded = true;
        view.dispatch({ effects: lintSlot.reconfigure(lintGutter()) });
      }
      const seen = new Map();
      for (const { line, message } of errors) {
        if (!seen.has(line)) seen.set(line, message);
      }
      const diagnostics = [...seen].map(([line, message]) => {
        const { from, to } = lineRange(line);
        return { from, to, severity: "error", message, source: "gradlab" };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    /** Put the cursor at the start of `line` (1-based), scrolled into view, and focus the editor. */
    goToLine(line) {
      const { from } = lineRange(line);
      view.dispatch({ selection: { anchor: from }, effects: EditorView.scrollIntoView(from, { y: "center" }) });
      view.focus();
    },
  };
}
