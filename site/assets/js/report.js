// "Report a problem with this exercise": a link (shown when course.toml names the course's
// repository) that opens a new issue there, with the problem's slug, the page and the
// learner's latest results filled in; their code only if they tick the box. The link works
// without JavaScript (slug only); this fills in the rest at the moment it is followed.

const MAX_URL = 7500; // GitHub refuses longer issue URLs; the code is cut first.

function results() {
  const rows = [...document.querySelectorAll("#test-list .test")].map((row) => {
    const title = row.querySelector(".test-title")?.textContent.trim() || row.dataset.testId;
    return `- ${row.dataset.status}: ${title}`;
  });
  const summary = document.getElementById("run-summary")?.textContent.trim() || "";
  return `Results in my browser: ${summary}\n\n${rows.join("\n")}`;
}

function code() {
  const lines = [...document.querySelectorAll("#editor .cm-line")].map((line) => line.textContent);
  return window.gradlab?.editor?.getCode?.() ?? lines.join("\n");
}

/** The new-issue URL for the link `link` (its data-* attributes), with or without the code. */
export function reportUrl(link, withCode) {
  const { repository, slug, title } = link.dataset;
  const issueTitle = `Problem ${slug}: `;
  const head = `Exercise: ${title} (\`${slug}\`)\nPage: ${location.href.split("#")[0]}\nBrowser: ${navigator.userAgent}\n\n`;
  let body = `${head}What went wrong:\n\n\n${results()}`;
  const make = (text) => {
    const gitlab = /gitlab/i.test(new URL(repository).hostname);
    const query = gitlab
      ? `issue[title]=${encodeURIComponent(issueTitle)}&issue[description]=${encodeURIComponent(text)}`
      : `title=${encodeURIComponent(issueTitle)}&body=${encodeURIComponent(text)}`;
    return `${repository.replace(/\/+$/, "")}${gitlab ? "/-/issues/new" : "/issues/new"}?${query}`;
  };
  if (withCode) {
    let source = code();
    const fence = (s) => `\n\nMy code:\n\n\`\`\`python\n${s}\n\`\`\``;
    while (source && make(body + fence(source)).length > MAX_URL) source = source.slice(0, Math.floor(source.length * 0.8));
    if (source) body += fence(source + (source.length < code().length ? "\n# ... (cut to fit in the link)" : ""));
  }
  return make(body);
}

document.addEventListener("click", (event) => {
  const link = event.target.closest?.("#report-problem");
  if (!link) return;
  link.href = reportUrl(link, document.getElementById("report-include-code")?.checked === true);
});
