/**
 * `npm run registry -- <command>`: change the URL registry on purpose.
 *
 *   list [--withdrawn]            every article: id, status, slug (and earlier slugs)
 *   show <id-or-slug>             one article's entry
 *   rename <id-or-slug> <slug>    give an article a new slug; the old URL becomes a redirect
 *   purge <id-or-slug>            forget a withdrawn article: its URLs are gone after the next build
 *
 *   --registry <file>             the registry to change (default: content/registry.json)
 *
 * The change shows on the site after the next `npm run build`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from './ingest/core/diagnostics.ts';
import { findEntry, purgeEntry, RegistryError, renameEntry, type Registry } from './ingest/registry.ts';
import { readRegistry, writeRegistry } from './ingest/registry-file.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const USAGE = `usage: npm run registry -- list [--withdrawn]
       npm run registry -- show <id-or-slug>
       npm run registry -- rename <id-or-slug> <new-slug>
       npm run registry -- purge <id-or-slug>
options: --registry <file>   (default: content/registry.json)`;

class UsageError extends Error {}

/** Runs one registry command; returns what to print. Writes the registry when it changes. */
export function runRegistryCommand(argv: string[], cwd = process.cwd()): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        registry: { type: 'string' },
        withdrawn: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, ...args] = parsed.positionals;
  if (parsed.values.help || command === undefined) throw new UsageError('');
  const file = parsed.values.registry
    ? path.resolve(cwd, parsed.values.registry)
    : path.join(ROOT, 'content/registry.json');
  const registry = readRegistry(file);
  const where = path.relative(cwd, file) || file;
  const expect = (n: number): void => {
    if (args.length !== n) throw new UsageError(`${command} takes ${n} argument${n === 1 ? '' : 's'}`);
  };
  const save = (next: Registry): void => writeRegistry(file, next);

  switch (command) {
    case 'list': {
      expect(0);
      const entries = registry.entries.filter((e) => !parsed.values.withdrawn || e.status === 'withdrawn');
      return entries
        .map((e) => {
          const earlier = e.previousSlugs?.length ? `  (was: ${e.previousSlugs.join(', ')})` : '';
          return `${e.id}  ${e.status.padEnd(9)}  ${e.slug}${earlier}${e.mergedInto ? ` → ${e.mergedInto}` : ''}`;
        })
        .join('\n');
    }
    case 'show': {
      expect(1);
      const entry = findEntry(registry, args[0]!);
      if (!entry) throw new RegistryError(`no article with id or slug "${args[0]}" in ${where}`);
      return JSON.stringify(entry, null, 2);
    }
    case 'rename': {
      expect(2);
      const before = findEntry(registry, args[0]!);
      const next = renameEntry(registry, args[0]!, args[1]!);
      save(next);
      return `${before!.id}: /articles/${before!.slug}/ → /articles/${args[1]}/ (the old URL redirects); run \`npm run build\` to publish it`;
    }
    case 'purge': {
      expect(1);
      const entry = findEntry(registry, args[0]!);
      const next = purgeEntry(registry, args[0]!);
      save(next);
      return `${entry!.id} ("${entry!.title}") removed from ${where}; its URLs disappear with the next \`npm run build\``;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function main(): void {
  try {
    const out = runRegistryCommand(process.argv.slice(2));
    if (out) process.stdout.write(`${out}\n`);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message ? `${error.message}\n` : ''}${USAGE}\n`);
      process.exit(error.message ? 2 : 0);
    }
    if (error instanceof RegistryError || error instanceof InputError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (invokedDirectly) main();
