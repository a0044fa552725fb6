import taxonomy from '../../../rules/data/taxonomy.json';
import { DEFAULT_THRESHOLDS, LIBRARY_VERSION, RULESET_VERSION, type Lang } from '../../index.js';
import { LEVELS, type Level } from '../../eval/metrics.js';
import type { Example } from '../tasks.js';

/** What `sakbol report` gathers while it screens: counts only, plus one example ad per indicator. */
export interface ReportData {
  title: string;
  ads: number;
  malformed: number;
  levels: Record<Level, number>;
  /** Ads per score decile: 0–9, 10–19, …, 90–100. */
  scores: number[];
  languages: Map<string, Record<Level, number>>;
  rules: Map<string, { category: string; title: string; levels: Record<Level, number> }>;
  /** Ads with at least one indicator of the code. */
  categories: Map<string, number>;
  examples: Map<string, Example>;
  locale: Lang;
}

const COLOURS: Record<Level, string> = { high: '#c0392b', medium: '#e08e0b', low: '#7f8c8d' };
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', ky: 'Kyrgyz', mixed: 'Mixed languages', unknown: 'Unknown or empty' };
const CODES = taxonomy.codes as Record<string, Record<Lang, string>>;
/** Longest ad shown whole; a longer one is shown as excerpts around the highlighted words, marked "…". */
const MAX_SHOWN = 1200;
const CONTEXT = 160;

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fmt = (n: number): string => n.toLocaleString('en-US');
const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
const total = (l: Record<Level, number>): number => l.low + l.medium + l.high;

/** A horizontal bar split by level (high, medium, low), `width` pixels for `scale` ads. */
function stackedBar(l: Record<Level, number>, scale: number, width: number, height = 14): string {
  let x = 0;
  const parts: string[] = [];
  for (const level of ['high', 'medium', 'low'] as const) {
    const w = (l[level] / Math.max(1, scale)) * width;
    if (w > 0) parts.push(`<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${height}" fill="${COLOURS[level]}"><title>${level}: ${fmt(l[level])}</title></rect>`);
    x += w;
  }
  return `<svg class="bar" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="high ${l.high}, medium ${l.medium}, low ${l.low}"><rect width="${width}" height="${height}" fill="#eef0f2"/>${parts.join('')}</svg>`;
}

/** Ads per score decile, each bar coloured by the level its scores fall in. */
function histogram(scores: readonly number[]): string {
  const W = 560;
  const H = 180;
  const pad = { l: 44, b: 30, t: 22 };
  const max = Math.max(1, ...scores);
  const bw = (W - pad.l) / scores.length;
  const bars = scores.map((n, i) => {
    const h = (n / max) * (H - pad.b - pad.t);
    const level: Level = i * 10 >= DEFAULT_THRESHOLDS.high ? 'high' : i * 10 >= DEFAULT_THRESHOLDS.medium ? 'medium' : 'low';
    const x = pad.l + i * bw;
    return `<rect x="${(x + 3).toFixed(1)}" y="${(H - pad.b - h).toFixed(1)}" width="${(bw - 6).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLOURS[level]}"><title>score ${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${fmt(n)} ads</title></rect>` +
      `<text x="${(x + bw / 2).toFixed(1)}" y="${H - pad.b + 16}" text-anchor="middle">${i * 10}</text>` +
      (n > 0 ? `<text x="${(x + bw / 2).toFixed(1)}" y="${(H - pad.b - h - 4).toFixed(1)}" text-anchor="middle" class="val">${fmt(n)}</text>` : '');
  });
  const axis = `<line x1="${pad.l}" y1="${H - pad.b}" x2="${W}" y2="${H - pad.b}" stroke="#999"/><text x="${pad.l - 8}" y="${H - pad.b}" text-anchor="end">0</text><text x="${pad.l - 8}" y="${pad.t + 4}" text-anchor="end">${fmt(max)}</text>`;
  return `<svg class="chart" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="ads per score range">${axis}${bars.join('')}</svg>`;
}

/** Horizontal bars with a label on the left and the count on the right. */
function barChart(rows: ReadonlyArray<{ label: string; value: number; title: string }>, of: number): string {
  const W = 760;
  const row = 24;
  const labelW = 300;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const body = rows.map((r, i) => {
    const w = (r.value / max) * (W - labelW - 90);
    const y = i * row;
    return `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${esc(r.label)}</text><rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${row - 8}" fill="#34495e"><title>${esc(r.title)}</title></rect><text x="${(labelW + w + 6).toFixed(1)}" y="${y + 16}" class="val">${fmt(r.value)} (${pct(r.value, of)})</text>`;
  });
  return `<svg class="chart" width="${W}" height="${rows.length * row}" viewBox="0 0 ${W} ${rows.length * row}" role="img" aria-label="ads per category">${body.join('')}</svg>`;
}

/** The ad with its triggering words in <mark>; a long ad as excerpts around them. */
function highlighted(text: string, spans: ReadonlyArray<[number, number]>): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let windows: Array<[number, number]> = [[0, text.length]];
  if (text.length > MAX_SHOWN) {
    windows = [];
    for (const [s, e] of merged) {
      const w: [number, number] = [Math.max(0, s - CONTEXT), Math.min(text.length, e + CONTEXT)];
      const last = windows[windows.length - 1];
      if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
      else windows.push(w);
    }
    if (windows.length === 0) windows = [[0, MAX_SHOWN]];
  }
  const out: string[] = [];
  for (const [ws, we] of windows) {
    if (ws > 0) out.push('<span class="gap">… </span>');
    let at = ws;
    for (const [s, e] of merged) {
      if (e <= ws || s >= we) continue;
      out.push(esc(text.slice(at, Math.max(at, s))), `<mark>${esc(text.slice(Math.max(s, ws), Math.min(e, we)))}</mark>`);
      at = Math.min(e, we);
    }
    out.push(esc(text.slice(at, we)));
    if (we < text.length) out.push('<span class="gap"> …</span>');
  }
  return out.join('');
}

const CSS = `
*{box-sizing:border-box}body{margin:0;background:#f5f6f8;color:#1f2a36;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:32px 28px 48px}
h1{font-size:28px;margin:0 0 4px}h2{font-size:20px;margin:0 0 14px}h3{font-size:16px;margin:0 0 6px}
.sub{color:#5d6b78;margin:0 0 12px}.note{background:#fff8e6;border-left:4px solid #e08e0b;padding:10px 14px;margin:0;border-radius:4px}
section{background:#fff;border:1px solid #dfe3e8;border-radius:8px;padding:20px 22px;margin:20px 0}
.cards{display:grid;grid-template-columns:repeat(5,1fr);gap:14px;background:none;border:0;padding:0}
.card{background:#fff;border:1px solid #dfe3e8;border-radius:8px;padding:14px 16px}
.card .n{font-size:26px;font-weight:650}.card .l{color:#5d6b78;font-size:13px;text-transform:uppercase;letter-spacing:.04em}
.card.high{border-top:4px solid ${COLOURS.high}}.card.medium{border-top:4px solid ${COLOURS.medium}}.card.low{border-top:4px solid ${COLOURS.low}}
.card.total,.card.bad{border-top:4px solid #34495e}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eceff2;vertical-align:middle}
th{font-size:13px;color:#5d6b78;font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#5d6b78}
svg.chart{max-width:100%;height:auto}svg text{font:12px system-ui,Arial,sans-serif;fill:#1f2a36}svg text.val{fill:#5d6b78}
.legend{display:flex;gap:16px;font-size:13px;color:#5d6b78;margin:8px 0 0}.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.two{display:grid;grid-template-columns:1fr 1fr;gap:24px;align-items:start}
article{border-top:1px solid #eceff2;padding:14px 0}article:first-of-type{border-top:0;padding-top:0}
.ad{white-space:pre-wrap;background:#f8f9fa;border-radius:6px;padding:10px 12px;margin:6px 0 0;font-size:14px}
mark{background:#ffe08a;padding:0 2px;border-radius:2px}.gap{color:#8a96a3}
.lvl{display:inline-block;padding:0 7px;border-radius:10px;color:#fff;font-size:12px;font-weight:600}
.lvl.high{background:${COLOURS.high}}.lvl.medium{background:${COLOURS.medium}}.lvl.low{background:${COLOURS.low}}
footer{color:#5d6b78;font-size:13px;margin-top:24px}
`;

export function renderReport(d: ReportData): string {
  const name = (code: string): string => CODES[code]?.[d.locale] ?? code;
  const legend = `<div class="legend">${(['high', 'medium', 'low'] as const).map((l) => `<span><i style="background:${COLOURS[l]}"></i>${l}</span>`).join('')}</div>`;
  const rules = [...d.rules.entries()].map(([id, r]) => ({ id, ...r, ads: total(r.levels) })).sort((a, b) => b.ads - a.ads || (a.id < b.id ? -1 : 1));
  const maxRule = Math.max(1, ...rules.map((r) => r.ads));
  const languages = [...d.languages.entries()].sort((a, b) => total(b[1]) - total(a[1]));
  const maxLang = Math.max(1, ...languages.map(([, l]) => total(l)));
  const categories = [...d.categories.entries()].filter(([c]) => !c.startsWith('L')).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  const card = (cls: string, label: string, n: number, sub: string): string => `<div class="card ${cls}"><div class="l">${label}</div><div class="n">${fmt(n)}</div><div class="sub">${sub}</div></div>`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sakbol report: ${esc(d.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>Screening report</h1>
<p class="sub">${esc(d.title)} · ${fmt(d.ads)} ads screened · ${new Date().toISOString().slice(0, 10)} · sakbol ${LIBRARY_VERSION}, rules ${RULESET_VERSION}</p>
<p class="note">Levels and indicators are risk signals for a person to weigh, not verdicts: an ad rated high shows several
recruitment patterns that trafficking cases share, and deserves a closer look. A worker's nationality or ethnicity is never a risk factor.</p>
</header>

<section class="cards" id="summary">
${card('total', 'Ads', d.ads, 'screened')}
${card('high', 'High', d.levels.high, pct(d.levels.high, d.ads))}
${card('medium', 'Medium', d.levels.medium, pct(d.levels.medium, d.ads))}
${card('low', 'Low', d.levels.low, pct(d.levels.low, d.ads))}
${card('bad', 'Malformed', d.malformed, 'records skipped')}
</section>

<section id="levels">
<h2>Level distribution</h2>
<div class="two">
<div>${stackedBar(d.levels, d.ads, 460, 28)}${legend}
<table><tr><th>level</th><th class="num">ads</th><th class="num">share</th></tr>
${LEVELS.slice().reverse().map((l) => `<tr><td><span class="lvl ${l}">${l}</span></td><td class="num">${fmt(d.levels[l])}</td><td class="num">${pct(d.levels[l], d.ads)}</td></tr>`).join('\n')}
</table></div>
<div><h3>Scores</h3>${histogram(d.scores)}<p class="sub">Ads per score range; medium from ${DEFAULT_THRESHOLDS.medium}, high from ${DEFAULT_THRESHOLDS.high}.</p></div>
</div>
</section>

<section id="indicators">
<h2>Top indicators</h2>
${rules.length === 0 ? '<p>No indicator fired.</p>' : `<table>
<tr><th>indicator</th><th>code</th><th class="num">ads</th><th class="num">share</th><th>by level of the ad</th></tr>
${rules.slice(0, 30).map((r) => `<tr><td>${esc(r.title)}<br><code>${esc(r.id)}</code></td><td>${esc(r.category)}</td><td class="num">${fmt(r.ads)}</td><td class="num">${pct(r.ads, d.ads)}</td><td>${stackedBar(r.levels, maxRule, 220)}</td></tr>`).join('\n')}
</table>${rules.length > 30 ? `<p class="sub">${rules.length - 30} more indicators fired less often; every one has an example below.</p>` : ''}`}
</section>

<section id="categories">
<h2>Categories</h2>
${categories.length === 0 ? '<p>No indicator fired.</p>' : barChart(categories.map(([c, n]) => ({ label: `${c} ${name(c)}`, value: n, title: `${c}: ${fmt(n)} ads` })), d.ads)}
<p class="sub">Ads with at least one indicator of each taxonomy code (an ad can count under several).</p>
</section>

<section id="languages">
<h2>Languages</h2>
<table>
<tr><th>language</th><th class="num">ads</th><th class="num">high</th><th class="num">medium</th><th class="num">low</th><th>levels</th></tr>
${languages.map(([lang, l]) => `<tr><td>${esc(LANGUAGE_NAMES[lang] ?? lang)}</td><td class="num">${fmt(total(l))}</td><td class="num">${fmt(l.high)} (${pct(l.high, total(l))})</td><td class="num">${fmt(l.medium)}</td><td class="num">${fmt(l.low)}</td><td>${stackedBar(l, maxLang, 240)}</td></tr>`).join('\n')}
</table>${legend}
</section>

<section id="examples">
<h2>Examples</h2>
<p class="sub">For each indicator, the shortest ad it fired on, with the words that triggered it highlighted.</p>
${rules.map((r) => {
    const ex = d.examples.get(r.id);
    if (!ex) return '';
    return `<article id="ex-${esc(r.id)}"><h3>${esc(r.title)} <code>${esc(r.id)}</code></h3>
<div class="sub">ad ${ex.id === null ? `#${ex.seq + 1}` : esc(String(ex.id))} · <span class="lvl ${ex.level}">${ex.level}</span> score ${ex.score} · fired on ${fmt(r.ads)} ads</div>
<div class="ad">${highlighted(ex.text, ex.spans)}</div></article>`;
  }).join('\n')}
</section>

<footer>Made by sakbol ${LIBRARY_VERSION} (rules ${RULESET_VERSION}). This page is self-contained: it loads nothing from the network.</footer>
</main>
</body>
</html>
`;
  return html;
}
