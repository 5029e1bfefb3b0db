/**
 * The Hugo + Pagefind baseline (`npm run bench`, when `hugo` is installed: Debian's package):
 * the articles our build wrote, as Markdown files with their title and date, built by Hugo
 * with a minimal layout (a page per article, the article list paginated by 20, a home page
 * with the latest), then indexed by Pagefind's own CLI (the version this project pins) over
 * Hugo's output, as a Hugo site adds search. Each step is measured like our build: wall time,
 * CPU time and peak memory of its process tree. Writing the Markdown is preparation and is
 * not timed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { peakBetween, TreeMemorySampler } from './process-tree.ts';

export interface StepMeasure {
  ms: number;
  cpuMs: number;
  peakRss: number;
}

export interface HugoBaselineResult {
  hugoVersion: string;
  articles: number;
  /** HTML pages in Hugo's output. */
  pages: number;
  hugo: StepMeasure;
  pagefind: StepMeasure;
  /** Both steps: time summed, peak the higher of the two. */
  total: StepMeasure;
}

/** The `hugo` command's version line, or undefined when Hugo is not installed. */
export function hugoVersion(): string | undefined {
  const run = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html':
    '<!doctype html>\n<html lang="{{ site.LanguageCode }}">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} · {{ site.Title }}</title></head>\n<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> <a href="{{ "/articles/" | relURL }}">Articles</a></header>\n{{ block "main" . }}{{ end }}\n</body>\n</html>\n',
  '_default/single.html':
    '{{ define "main" }}<main data-pagefind-body><h1>{{ .Title }}</h1>{{ with .Date }}{{ if not .IsZero }}<p><time datetime="{{ .Format "2006-01-02" }}">{{ .Format "January 2, 2006" }}</time></p>{{ end }}{{ end }}{{ .Content }}</main>{{ end }}\n',
  '_default/list.html':
    '{{ define "main" }}<main><h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}</main>{{ end }}\n',
  'index.html':
    '{{ define "main" }}<main><h1>{{ site.Title }}</h1><ul>{{ range first 20 (where site.RegularPages "Section" "articles") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main>{{ end }}\n',
};

/**
 * Writes the Hugo site for the MDX articles in `articlesDir` (frontmatter and a Markdown
 * body, as the ingest writes them) into `dir`; returns how many articles it holds.
 */
export function writeHugoSite(articlesDir: string, dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  const content = path.join(dir, 'content/articles');
  mkdirSync(content, { recursive: true });
  // `paginate` is Hugo 0.111's name for the page size (Debian's; later versions also take it).
  writeFileSync(
    path.join(dir, 'hugo.toml'),
    [
      'baseURL = "/"',
      'languageCode = "en"',
      'title = "News archive (Hugo baseline)"',
      'paginate = 20',
      'disableKinds = ["taxonomy", "term"]',
      '',
    ].join('\n'),
  );
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(path.dirname(path.join(dir, 'layouts', file)), { recursive: true });
    writeFileSync(path.join(dir, 'layouts', file), text);
  }
  let articles = 0;
  for (const name of readdirSync(articlesDir).sort()) {
    if (!name.endsWith('.mdx')) continue;
    const text = readFileSync(path.join(articlesDir, name), 'utf8');
    const end = text.indexOf('\n---\n', 4);
    if (!text.startsWith('---\n') || end < 0) continue;
    const meta = parseYaml(text.slice(4, end)) as { title: string; slug: string; date?: string };
    const front: Record<string, string> = { title: meta.title, slug: meta.slug };
    // Hugo takes a full date only; an article dated to its month or year has none here.
    if (meta.date && /^\d{4}-\d{2}-\d{2}$/.test(meta.date)) front.date = meta.date;
    writeFileSync(
      path.join(content, `${meta.slug}.md`),
      `---\n${stringifyYaml(front)}---\n${text.slice(end + 5)}`,
    );
    articles++;
  }
  return articles;
}

/** Runs a command to its end, measuring its process tree. */
async function measured(command: string, args: string[], cwd: string, log: string): Promise<StepMeasure> {
  const started = Date.now();
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = new TreeMemorySampler(child.pid!);
  const output: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => output.push(b));
  child.stderr.on('data', (b: Buffer) => output.push(b));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => sampler.stop());
  const samples = sampler.samples;
  writeFileSync(log, Buffer.concat(output));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${log}`);
  const last = samples[samples.length - 1];
  return {
    ms: Date.now() - started,
    cpuMs: last ? last.cpuMs : 0,
    peakRss: peakBetween(samples)?.rss ?? 0,
  };
}

function countHtml(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countHtml(path.join(dir, entry.name));
    else if (entry.name.endsWith('.html')) n++;
  }
  return n;
}

/**
 * Builds the baseline in `dir` from our articles in `articlesDir`: Hugo, then Pagefind
 * (`pagefindBin`) over Hugo's output.
 */
export async function runHugoBaseline(options: {
  articlesDir: string;
  dir: string;
  pagefindBin: string;
}): Promise<HugoBaselineResult> {
  const version = hugoVersion();
  if (!version) throw new Error('hugo is not installed (apt-get install -y hugo)');
  const articles = writeHugoSite(options.articlesDir, options.dir);
  const hugo = await measured(
    'hugo',
    ['--quiet', '--destination', 'public'],
    options.dir,
    path.join(options.dir, 'hugo.log'),
  );
  const pagefind = await measured(
    options.pagefindBin,
    ['--site', 'public'],
    options.dir,
    path.join(options.dir, 'pagefind.log'),
  );
  return {
    hugoVersion: version,
    articles,
    pages: countHtml(path.join(options.dir, 'public')),
    hugo,
    pagefind,
    total: {
      ms: hugo.ms + pagefind.ms,
      cpuMs: hugo.cpuMs + pagefind.cpuMs,
      peakRss: Math.max(hugo.peakRss, pagefind.peakRss),
    },
  };
}
