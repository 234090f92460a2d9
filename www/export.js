// Builds the exports (CSV, JSON, Markdown) from a report, all in the browser.

/** Quotes a CSV cell and defuses spreadsheet formulas. */
export function csvCell(value) {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@]/.test(s) && Number.isNaN(Number(s))) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rows(header, records) {
  return [header, ...records].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const comparisons = (i) => (i.comparisons || []).map((c) => `${c.kind}:${c.value}`).join(' ');

function indicatorRow(i, text) {
  return [i.metric, i.category, i.value, i.unit, i.role, i.period ?? '', i.previous?.value ?? '', comparisons(i),
    i.direction ?? '', i.assessment ?? '', text.slice(i.span.start, i.span.end)];
}

/** CSV of one kind of finding, or of all with a kind column. */
export function toCsv(report, text, kind = 'all') {
  if (kind === 'indicators') {
    return rows(['metric', 'category', 'value', 'unit', 'role', 'period', 'previous', 'comparisons', 'direction', 'assessment', 'evidence'],
      report.indicators.map((i) => indicatorRow(i, text)));
  }
  if (kind === 'actions') {
    return rows(['kind', 'owner', 'due', 'text'], report.actions.map((a) => [a.kind, a.owner ?? '', a.due ?? '', a.text]));
  }
  if (kind === 'concerns') {
    return rows(['severity', 'topic', 'text'], report.concerns.map((c) => [c.severity, c.topic, c.text]));
  }
  const all = [
    ...report.indicators.map((i) => ['indicator', i.metric, i.category, i.value, i.unit, i.period ?? '', '', '', '', text.slice(i.span.start, i.span.end)]),
    ...report.actions.map((a) => ['action', '', '', '', '', '', a.kind, a.owner ?? '', a.due ?? '', a.text]),
    ...report.concerns.map((c) => ['concern', '', c.topic, '', '', '', c.severity, '', '', c.text]),
  ];
  return rows(['kind', 'metric', 'category', 'value', 'unit', 'period', 'type_or_severity', 'owner', 'due', 'evidence'], all);
}

const unitSuffix = (u) => ({ percent: '%', count: '', currency_gbp: ' GBP', rate_per_10k: ' per 10,000', ratio: ':1' }[u] ?? ` ${u}`);

/** A value with its unit, for people. */
export function formatValue(v, unit) {
  if (unit === 'currency_gbp') return `£${Number(v).toLocaleString('en-GB')}`;
  return `${Number(v).toLocaleString('en-GB', { maximumFractionDigits: 2 })}${unitSuffix(unit)}`;
}

/** A Markdown summary of the report. */
export function toMarkdown(report, name) {
  const m = report.meeting || {};
  const esc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [`# ${name || 'Minutes summary'}`, ''];
  if (m.body) out.push(`**Body:** ${m.body}  `);
  if (m.period) out.push(`**Period:** ${m.period}  `);
  if (m.people?.length) out.push(`**People:** ${m.people.map((p) => `${p.name} (${p.role})`).join('; ')}`);
  out.push('', `## Indicators (${report.indicators.length})`, '');
  if (report.indicators.length) {
    out.push('| Metric | Value | Period | Previous | Benchmarks | Direction |', '|---|---|---|---|---|---|');
    for (const i of report.indicators) {
      out.push(`| ${esc(i.metric)} | ${formatValue(i.value, i.unit)} | ${esc(i.period)} | ${i.previous?.value ?? ''} | ${esc(comparisons(i))} | ${i.direction ?? ''} |`);
    }
  }
  out.push('', `## Actions and decisions (${report.actions.length})`, '');
  for (const a of report.actions) {
    const extra = [a.owner && `owner: ${a.owner}`, a.due && `due: ${a.due}`].filter(Boolean).join(', ');
    out.push(`- **${a.kind}**: ${esc(a.text)}${extra ? ` (${extra})` : ''}`);
  }
  out.push('', `## Concerns (${report.concerns.length})`, '');
  for (const c of report.concerns) out.push(`- **${c.severity}** [${c.topic}]: ${esc(c.text)}`);
  return out.join('\n') + '\n';
}

/** Offers a string as a file download, made in the browser. */
export function download(name, mime, content) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
