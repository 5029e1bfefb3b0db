/**
 * The URL registry: every article the archive has ever published — its permanent id, its
 * slug, the slugs it had before, whether it is still in the input — and a fingerprint of
 * its last text, so that the next build recognises it again (registry-match.ts).
 *
 * This module is the registry's data: the entry schema, the checks a schema cannot make,
 * and the deliberate changes (`npm run registry`, scripts/registry.ts): `renameEntry`
 * gives an article a new slug, keeping the old one as a redirect; `purgeEntry` forgets a
 * withdrawn article. Everything here is pure: reading and writing the file is
 * registry-file.ts's job.
 */
import { z } from 'zod';
import { ARTICLE_ID_PATTERN, MAX_SLUG_LENGTH, SLUG_PATTERN } from '../../src/shared/article-schema.ts';
import type { Permalink } from '../../src/shared/permalinks.ts';
import { decodeSignature } from './fingerprint.ts';

export const registryEntrySchema = z
  .object({
    /** Permanent id: the short link is `/a/<id>/`. Never changes. */
    id: z.string().regex(ARTICLE_ID_PATTERN, '10 characters a-z, 2-7'),
    /** Current URL segment: the article lives at `/articles/<slug>/`. */
    slug: z
      .string()
      .max(MAX_SLUG_LENGTH)
      .regex(SLUG_PATTERN, 'lowercase letters and digits joined by hyphens'),
    /**
     * `active`: in the input; `withdrawn`: gone from it (its page says so); `merged`: its text
     * is now one article with an identical copy (`mergedInto`), where its addresses redirect.
     */
    status: z.enum(['active', 'withdrawn', 'merged']),
    /** For a `merged` entry: the id of the article that holds its text now. */
    mergedInto: z.string().regex(ARTICLE_ID_PATTERN).optional(),
    /** The title of the version last built. */
    title: z.string().min(1),
    /** Content hash of the version last built. */
    hash: z.string().regex(/^[a-z2-7]{10}$/),
    /** MinHash signature of the version last built (see fingerprint.ts). */
    signature: z.string().refine((s) => decodeSignature(s) !== undefined, 'a 64-byte base64url signature'),
    /** Slugs the article had before; each one redirects to the current slug. */
    previousSlugs: z.array(z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN)).optional(),
  })
  .strict();

export type RegistryEntry = z.infer<typeof registryEntrySchema>;

/** The registry: its entries, sorted by id. */
export interface Registry {
  entries: RegistryEntry[];
}

export class RegistryError extends Error {
  /** The entry the problem is about, when there is one. */
  readonly entryId: string | undefined;
  constructor(message: string, entryId?: string) {
    super(message);
    this.name = 'RegistryError';
    this.entryId = entryId;
  }
}

export function emptyRegistry(): Registry {
  return { entries: [] };
}

/** Orders strings by their UTF-16 code units (as `sort()` does), never by locale. */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Orders entries (or anything with an id) by id. */
export const byId = (a: { id: string }, b: { id: string }): number => compareStrings(a.id, b.id);

/**
 * Checks what a schema cannot: ids are unique and no slug (current or earlier) belongs to
 * two entries. Returns the entries sorted by id.
 */
export function checkRegistry(entries: readonly RegistryEntry[]): Registry {
  const ids = new Set<string>();
  const slugOwner = new Map<string, string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new RegistryError(`id ${entry.id} appears twice`, entry.id);
    ids.add(entry.id);
    for (const slug of [entry.slug, ...(entry.previousSlugs ?? [])]) {
      const owner = slugOwner.get(slug);
      if (owner !== undefined && owner !== entry.id)
        throw new RegistryError(`slug ${slug} belongs to both ${owner} and ${entry.id}`, entry.id);
      if (owner === entry.id)
        throw new RegistryError(`slug ${slug} appears twice in entry ${entry.id}`, entry.id);
      slugOwner.set(slug, entry.id);
    }
  }
  const byEntryId = new Map(entries.map((e) => [e.id, e]));
  for (const entry of entries) {
    if ((entry.status === 'merged') !== (entry.mergedInto !== undefined))
      throw new RegistryError(
        `entry ${entry.id}: a merged entry, and only one, names the article it was merged into`,
        entry.id,
      );
    if (entry.mergedInto === undefined) continue;
    const target = byEntryId.get(entry.mergedInto);
    if (!target)
      throw new RegistryError(
        `entry ${entry.id} is merged into ${entry.mergedInto}, which is not in the registry`,
        entry.id,
      );
    if (target.status === 'merged')
      throw new RegistryError(
        `entry ${entry.id} is merged into ${target.id}, itself merged (redirects never chain)`,
        entry.id,
      );
  }
  return { entries: [...entries].sort(byId) };
}

/** Finds an entry by its id, or by a slug it has or had. */
export function findEntry(registry: Registry, idOrSlug: string): RegistryEntry | undefined {
  return (
    registry.entries.find((e) => e.id === idOrSlug) ??
    registry.entries.find((e) => e.slug === idOrSlug || e.previousSlugs?.includes(idOrSlug))
  );
}

/**
 * Gives an article a new slug on purpose. Its old slug becomes a redirect to the new one;
 * a slug another article has or had is refused. Renaming back to an earlier slug of the same
 * article is allowed.
 */
export function renameEntry(registry: Registry, idOrSlug: string, newSlug: string): Registry {
  const entry = findEntry(registry, idOrSlug);
  if (!entry) throw new RegistryError(`no article with id or slug "${idOrSlug}" in the registry`);
  if (newSlug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(newSlug))
    throw new RegistryError(
      `"${newSlug}" is not a valid slug: use lowercase letters a-z and digits joined by single hyphens, at most ${MAX_SLUG_LENGTH} characters`,
    );
  if (newSlug === entry.slug) throw new RegistryError(`${entry.id} already has the slug ${newSlug}`);
  const owner = registry.entries.find(
    (e) => e.id !== entry.id && (e.slug === newSlug || e.previousSlugs?.includes(newSlug)),
  );
  if (owner)
    throw new RegistryError(
      `the slug ${newSlug} belongs to ${owner.id} ("${owner.title}"); a URL is never given to another article`,
    );
  const previous = new Set(entry.previousSlugs ?? []);
  previous.delete(newSlug);
  previous.add(entry.slug);
  const renamed: RegistryEntry = {
    ...entry,
    slug: newSlug,
    previousSlugs: [...previous].sort(compareStrings),
  };
  return checkRegistry(registry.entries.map((e) => (e.id === entry.id ? renamed : e)));
}

/**
 * Forgets a withdrawn article: after the next build its URLs (page, short link, redirects,
 * and those of the copies merged into it) no longer exist. Active articles cannot be
 * purged: remove them from the input first.
 */
export function purgeEntry(registry: Registry, idOrSlug: string): Registry {
  const entry = findEntry(registry, idOrSlug);
  if (!entry) throw new RegistryError(`no article with id or slug "${idOrSlug}" in the registry`);
  if (entry.status === 'merged')
    throw new RegistryError(
      `${entry.id} ("${entry.title}") was merged into ${entry.mergedInto}, an identical copy: its addresses redirect there and are kept`,
    );
  if (entry.status === 'active')
    throw new RegistryError(
      `${entry.id} ("${entry.title}") is still in the input; remove it from the input and build, then purge it`,
    );
  // The copies merged into it go with it: their text was its text.
  return { entries: registry.entries.filter((e) => e.id !== entry.id && e.mergedInto !== entry.id) };
}

/** What the site needs from the registry to publish every URL it has issued. */
export function permalinks(registry: Registry): Permalink[] {
  return registry.entries.map((e) => ({
    id: e.id,
    slug: e.slug,
    title: e.title,
    status: e.status,
    ...(e.previousSlugs && e.previousSlugs.length > 0 ? { previousSlugs: e.previousSlugs } : {}),
    ...(e.mergedInto ? { mergedInto: e.mergedInto } : {}),
  }));
}
