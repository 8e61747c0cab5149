import { analyze } from '../../src/core/index.js';
import { loadBrownPress } from './brown.js';
const brown = loadBrownPress();
const rb = analyze(brown.map((b) => ({ uri: b.id, text: b.text })));
const c: Record<string, number> = {};
const rows: string[] = [];
rb.forEach((r, i) => { for (const f of r.findings) if (f.rule === 'unsourced-figure') { const k = `${f.severity} ${JSON.stringify(f.data?.kind ?? '')}`; c[k] = (c[k] ?? 0) + 1; const t = brown[i]!.text; rows.push(`${f.severity[0]} ${r.uri} [${f.actual}] ${t.slice(Math.max(0, f.start - 70), f.end + 40).replace(/\s+/g, ' ')}`); } });
console.log(c); console.log(rows.filter((_, i) => i % 6 === 0).join('\n'));
