import type { Kit } from './kit.ts';

/**
 * The readable page of the export: one self-contained file, no scripts and nothing fetched (its
 * own Content-Security-Policy says so), readable in any browser, light or dark.
 */
export function renderPage(kit: Kit, input: { lang: string; exportedAt: string; timeZone: string; sections: { id: string; title: string; body: string }[] }): string {
  const { sections } = input;
  const contents = sections.map((s) => `<li><a href="#${s.id}">${kit.esc(s.title)}</a></li>`).join('');
  const body = sections.map((s) => `<section id="${s.id}" aria-labelledby="${s.id}-title"><h2 id="${s.id}-title">${kit.esc(s.title)}</h2>${s.body}</section>`).join('\n');
  return `<!doctype html>
<html lang="${kit.esc(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${kit.esc(kit.t('page.title'))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${kit.esc(kit.t('page.title'))}</h1>
<p class="lead">${kit.esc(kit.t('page.lead', { date: kit.date(input.exportedAt) }))}</p>
<p class="meta">${kit.esc(kit.t('page.times', { zone: input.timeZone }))} ${kit.esc(kit.t('page.keepSafe'))}</p>
<nav aria-labelledby="contents"><h2 id="contents">${kit.esc(kit.t('page.contents'))}</h2><ul>${contents}</ul></nav>
${body}
</main>
</body>
</html>
`;
}

const STYLE = `
:root { color-scheme: light dark; --bg: #fbf8f4; --fg: #2b2622; --muted: #6b6058; --line: #e6ddd3; --accent: #a4532b; --quote: #f3ece4; }
@media (prefers-color-scheme: dark) { :root { --bg: #1e1a17; --fg: #f1ebe4; --muted: #bdb1a6; --line: #3b342e; --accent: #f0a77f; --quote: #2a2420; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-top: 1rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: var(--accent); }
.lead { font-size: 1.1rem; }
.meta, .who { color: var(--muted); margin: .25rem 0; }
.who { font-weight: 600; }
.q { display: block; }
blockquote { margin: .25rem 0 .5rem; padding: .75rem 1rem; background: var(--quote); border-radius: .5rem; white-space: normal; overflow-wrap: anywhere; }
ul.items { list-style: none; padding: 0; }
ul.items > li { padding: .75rem 0; border-bottom: 1px solid var(--line); }
ul.answers li { margin-bottom: .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
@media print { body { background: #fff; color: #000; } nav { display: none; } }
`;
