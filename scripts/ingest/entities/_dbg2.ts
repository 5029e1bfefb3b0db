import { ingest } from '../pipeline.ts';
const r = await ingest({ inputs: ['/work/shared/corpora/bbc'], defaultSource: 'BBC News' });
const counts = new Map<string, number>();
for (const a of r.articles)
  for (const p of a.frontmatter.entities?.people ?? []) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
const sorted = [...counts].sort((a, b) => b[1] - a[1]);
console.log('people', sorted.length);
console.log(
  sorted
    .slice(0, 80)
    .map(([n, c]) => `${n} (${c})`)
    .join('; '),
);
const singles = sorted.filter(([, c]) => c === 1).map(([n]) => n);
const step = Math.floor(singles.length / 80);
console.log(singles.filter((_, i) => i % step === 0).join('; '));
