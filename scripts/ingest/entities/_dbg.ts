import { readFileSync, readdirSync } from 'node:fs';
import { extractMentions } from './extract.ts';
const root = '/work/shared/corpora/bbc';
const want = new Set(process.argv.slice(2));
for (const sec of ['business', 'entertainment', 'politics', 'sport', 'tech'])
  for (const f of readdirSync(`${root}/${sec}`)) {
    const texts = readFileSync(`${root}/${sec}/${f}`, 'latin1')
      .split(/\n+/)
      .filter((l) => l.trim());
    const m = extractMentions(texts);
    for (const p of m.people) if (want.has(p.name)) console.log(sec, f, p.name, p.cues.join(','));
  }
