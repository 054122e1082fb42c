// Phones (<= 640 px wide): the problem page as three tabs, Problem | Code | Tests, so the code
// is one tap away instead of below the whole statement. The tabs are ARIA tabs only while the
// media query holds; wider, the panes stand side by side and the tab list is hidden.

const PHONE = matchMedia("(max-width: 640px)");

/**
 * @param {HTMLElement} workspace  gets data-tab = the shown pane (styles.css hides the others)
 * @param {HTMLElement} list  the tab list, holding buttons with data-tab and aria-controls
 * @returns {{show: (name: string) => void, dispose: () => void}}
 */
export function setUpTabs(workspace, list) {
  const tabs = [...list.querySelectorAll("[data-tab]")];
  const panels = new Map(tabs.map((tab) => [tab, document.getElementById(tab.getAttribute("aria-controls"))]));
  let current = workspace.dataset.tab || "problem";

  function paint() {
    const phone = PHONE.matches;
    list.hidden = !phone;
    for (const tab of tabs) {
      const selected = tab.dataset.tab === current;
      const panel = panels.get(tab);
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      if (phone) {
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", tab.id);
      } else {
        panel.removeAttribute("role");
        panel.removeAttribute("aria-labelledby");
      }
    }
    workspace.dataset.tab = current;
  }

  function show(name, focus = false) {
    current = name;
    paint();
    if (focus) tabs.find((tab) => tab.dataset.tab === name).focus();
    if (PHONE.matches) scrollTo(0, 0);
  }

  function onClick(event) {
    const tab = event.target.closest("[data-tab]");
    if (tab) show(tab.dataset.tab);
  }

  function onKey(event) {
    const at = tabs.findIndex((tab) => tab.dataset.tab === current);
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    show(tabs[(to + tabs.length) % tabs.length].dataset.tab, true);
  }

  list.addEventListener("click", onClick);
  list.addEventListener("keydown", onKey);
  PHONE.addEventListener("change", paint);
  paint();
  return {
    show,
    dispose() {
      list.removeEventListener("click", onClick);
      list.removeEventListener("keydown", onKey);
      PHONE.removeEventListener("change", paint);
    },
  };
}
