// Wide content (display math, code samples, tables, long test messages) scrolls inside its
// own box rather than widening or cutting the page. A box that does overflow gets
// tabindex=0, so a keyboard can scroll it too, and the class `scrolls`, whose edge shadows
// (styles.css) show that there is more; re-checked as the panes change size or content.

const BOXES = "pre, .math.block, .prose table";

/** Watch the boxes inside each of `roots`; returns the function that stops watching. */
export function watchScrollers(roots) {
  roots = roots.filter(Boolean);
  let frame = 0;
  function mark() {
    frame = 0;
    for (const root of roots) {
      for (const box of root.querySelectorAll(BOXES)) {
        const scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
        if (scrolls === box.classList.contains("scrolls")) continue;
        box.classList.toggle("scrolls", scrolls);
        if (scrolls) {
          box.tabIndex = 0;
          if (box.matches(".math.block")) {
            box.setAttribute("role", "group");
            box.setAttribute("aria-label", "Equation, scrolls sideways");
          }
        } else {
          box.removeAttribute("tabindex");
          box.removeAttribute("role");
          box.removeAttribute("aria-label");
        }
      }
    }
  }
  const later = () => { if (!frame) frame = requestAnimationFrame(mark); };
  const sizes = new ResizeObserver(later);
  const changes = new MutationObserver(later);
  for (const root of roots) {
    sizes.observe(root);
    changes.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden", "open"] });
  }
  // KaTeX's fonts arriving widen an equation without resizing its pane.
  document.fonts.addEventListener("loadingdone", later);
  mark();
  return () => {
    document.fonts.removeEventListener("loadingdone", later);
    cancelAnimationFrame(frame);
    sizes.disconnect();
    changes.disconnect();
  };
}
