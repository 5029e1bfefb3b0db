/**
 * The 404 page: puts the words of the missing address into its search box
 * (`/articles/tajik-border-talks/` → "tajik border talks"), so one click searches for what
 * the reader was looking for. Without JavaScript the box is simply empty.
 */

/** Search words from the last meaningful segment of a path, or '' when there are none. */
export function wordsFromPath(pathname: string, base: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const segments = rest
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    })
    .filter(
      (s) => s !== '' && !/^(index\.html?|404\.html|page|articles|sources|sections|years|\d+)$/i.test(s),
    );
  const last = segments.at(-1) ?? '';
  return last
    .replace(/\.html?$/i, '')
    .replace(/[-_+.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}

export function startNotFound(base: string): void {
  const input = document.getElementById('not-found-search') as HTMLInputElement | null;
  if (!input || input.value) return;
  input.value = wordsFromPath(location.pathname, base);
}
