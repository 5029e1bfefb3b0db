/**
 * The registry file: `content/registry.json` for the built-in archive, or the file given
 * with `--registry`. JSON, one article per line, sorted by id, keys in a fixed order and no
 * timestamps, so the same registry is always the same bytes and a diff shows one line per
 * article that changed. The only place that reads or writes it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from './core/diagnostics.ts';
import {
  checkRegistry,
  registryEntrySchema,
  RegistryError,
  type Registry,
  type RegistryEntry,
} from './registry.ts';

/**
 * Names the file format, including how signatures are computed (fingerprint.ts): a change
 * to either gets a new name, and reading an older file must then convert it.
 */
export const REGISTRY_FORMAT = 'news-archive-registry/1';

const NOTE =
  'Permanent article URLs, kept by `npm run build`. Commit this file. Change a URL only with `npm run registry -- rename`; see README.md.';

/** Each key's place in an entry's line (a Record, so that a new field cannot be forgotten). */
const KEY_PLACE: Record<keyof RegistryEntry, number> = {
  id: 0,
  slug: 1,
  status: 2,
  mergedInto: 3,
  title: 4,
  hash: 5,
  signature: 6,
  previousSlugs: 7,
};
const KEY_ORDER = (Object.keys(KEY_PLACE) as (keyof RegistryEntry)[]).sort(
  (a, b) => KEY_PLACE[a] - KEY_PLACE[b],
);

function entryLine(entry: RegistryEntry): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (entry[key] !== undefined) ordered[key] = entry[key];
  return JSON.stringify(ordered);
}

/** The registry as file text. */
export function formatRegistry(registry: Registry): string {
  const lines = registry.entries.map(entryLine);
  const body = lines.length === 0 ? '[]' : `[\n    ${lines.join(',\n    ')}\n  ]`;
  return `{\n  "format": ${JSON.stringify(REGISTRY_FORMAT)},\n  "note": ${JSON.stringify(NOTE)},\n  "articles": ${body}\n}\n`;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineOfEntry(text: string, id: string | undefined, index: number): number | undefined {
  if (id !== undefined) {
    const at = text.search(new RegExp(`"id"\\s*:\\s*"${id}"`));
    if (at !== -1) return lineAt(text, at);
  }
  // One entry per line is the written layout: entry i sits on line 5 + i.
  return index >= 0 ? 5 + index : undefined;
}

function fail(file: string, line: number | undefined, message: string): never {
  throw new InputError({
    severity: 'error',
    code: 'registry',
    file,
    ...(line !== undefined ? { line } : {}),
    message: `URL registry: ${message}`,
  });
}

/** Parses registry file text; errors name `file:line`. */
export function parseRegistry(text: string, file: string): Registry {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    fail(file, position ? lineAt(text, Number(position[1])) : undefined, `not valid JSON (${message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    fail(file, 1, 'expected an object with "format" and "articles"');
  const { format, articles } = raw as { format?: unknown; articles?: unknown };
  if (format !== REGISTRY_FORMAT)
    fail(file, 2, `unknown format ${JSON.stringify(format)} (expected "${REGISTRY_FORMAT}")`);
  if (!Array.isArray(articles)) fail(file, undefined, '"articles" must be a list');
  const entries: RegistryEntry[] = [];
  articles.forEach((item: unknown, i) => {
    const parsed = registryEntrySchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const id = (item as { id?: unknown } | null)?.id;
      fail(
        file,
        lineOfEntry(text, typeof id === 'string' ? id : undefined, i),
        `article ${i + 1}: ${issue.path.join('.') || 'entry'}: ${issue.message}`,
      );
    }
    entries.push(parsed.data);
  });
  try {
    return checkRegistry(entries);
  } catch (error) {
    if (error instanceof RegistryError) fail(file, lineOfEntry(text, error.entryId, -1), error.message);
    throw error;
  }
}

/** Reads the registry; a missing file is an empty registry (the first build). */
export function readRegistry(file: string): Registry {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [] };
    throw error;
  }
  return parseRegistry(text, file);
}

/** Writes the registry (atomically: a temporary file renamed over it). */
export function writeRegistry(file: string, registry: Registry): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, formatRegistry(registry));
  renameSync(temporary, file);
}
