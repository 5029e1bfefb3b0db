/**
 * The layers (docs/CONVENTIONS.md, "Layers"): imports point one way. The lint rule in
 * eslint.config.js refuses an import across a layer; this test checks that it does, naming
 * the file, and that no two folders of the project import each other, directly or round a
 * longer loop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const eslint = new ESLint({ cwd: ROOT });

/** The messages of the layer rule for `code` as if it were the file `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint rule for the layers', () => {
  it('refuses an import of the build layer in the site, naming the file', async () => {
    const [result] = await eslint.lintText(
      "import { runBuild } from '../../scripts/build.ts';\nrunBuild;\n",
      {
        filePath: path.join(ROOT, 'src/pages/articles/example.ts'),
      },
    );
    const formatter = await eslint.loadFormatter('stylish');
    const report = await formatter.format([result!]);
    expect(report).toContain(path.join('src', 'pages', 'articles', 'example.ts'));
    expect(report).toMatch(/never imports the build layer/);
    expect(result!.errorCount).toBeGreaterThan(0);
  });

  it('refuses the site importing benchmarks or tests, and a browser module importing scripts/', async () => {
    expect(await layerErrors('src/data/x.ts', "import '../../bench/run.ts';\n")).toHaveLength(1);
    expect(await layerErrors('src/data/x.ts', "import '../../test/helpers/paths.ts';\n")).toHaveLength(1);
    expect(
      await layerErrors('src/client/search/x.ts', "import '../../../scripts/ingest/read.ts';\n"),
    ).toHaveLength(1);
  });

  it('refuses shared code importing anything else of the project', async () => {
    expect(await layerErrors('src/shared/x.ts', "import '../lib/dates.ts';\n")).toHaveLength(1);
    expect(await layerErrors('src/shared/x.ts', "import '../../scripts/build.ts';\n")).not.toEqual([]);
    expect(await layerErrors('src/shared/x.ts', "import './slug.ts';\nimport 'zod';\n")).toEqual([]);
  });

  it('lets the build layer import shared code only, from src/', async () => {
    expect(await layerErrors('scripts/ingest/x.ts', "import '../../src/shared/slug.ts';\n")).toEqual([]);
    expect(await layerErrors('scripts/ingest/x.ts', "import '../../src/lib/dates.ts';\n")).toHaveLength(1);
    expect(await layerErrors('scripts/ingest/x.ts', "import '../../src/data/site.ts';\n")).toHaveLength(1);
    expect(await layerErrors('bench/lib/x.ts', "import '../../test/helpers/browser.ts';\n")).toEqual([]);
    expect(await layerErrors('bench/lib/x.ts', "import '../../test/unit/layers.test.ts';\n")).toHaveLength(1);
  });
});

/** Source files of the site, the build layer and the benchmarks. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['work', 'corpora', 'results'].includes(entry.name)) out.push(...sourceFiles(rel));
    } else if (/\.(ts|mjs|astro)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Folder → folders it imports from (relative imports only), with one import as the example. */
function folderGraph(files: readonly string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    const from = path.dirname(file);
    for (const match of readFileSync(path.join(ROOT, file), 'utf8').matchAll(IMPORT)) {
      const to = path.dirname(path.normalize(path.join(from, match[1]!)));
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${file} imports ${match[1]}`);
    }
  }
  return graph;
}

/** The strongly connected components of more than one folder (Tarjan's algorithm). */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the folders', () => {
  const graph = folderGraph([...sourceFiles('src'), ...sourceFiles('scripts'), ...sourceFiles('bench')]);

  it('import each other one way only: no cycle between folders', () => {
    const loops = cycles(graph).map((component) =>
      component
        .flatMap((a) => component.filter((b) => graph.get(a)?.has(b)).map((b) => graph.get(a)!.get(b)!))
        .join('; '),
    );
    expect(loops).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    const looped = folderGraph([]);
    looped.set('a', new Map([['b', 'a imports b']]));
    looped.set('b', new Map([['c', 'b imports c']]));
    looped.set('c', new Map([['a', 'c imports a']]));
    expect(cycles(looped)).toEqual([['a', 'b', 'c']]);
  });

  it('keep src/ free of imports of scripts/ and bench/', () => {
    const crossing = [...graph]
      .filter(([from]) => from.startsWith('src'))
      .flatMap(([, to]) =>
        [...to].filter(([folder]) => /^(scripts|bench)\b/.test(folder)).map(([, why]) => why),
      );
    expect(crossing).toEqual([]);
  });
});
