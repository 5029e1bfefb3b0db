/**
 * The header search box. Without JavaScript it is a plain GET form to the search page.
 * With it: `/` or Ctrl/Cmd-K jumps to the box (to the search page's own box on the search
 * page), and typing shows quick results under it. The quick-results code and the search
 * index load only when the reader starts to search.
 */
import type { QuickResults } from './quick-results.ts';

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function startHeaderSearch(base: string): void {
  const input = document.getElementById('site-search') as HTMLInputElement | null;
  const panel = document.getElementById('quick-results');
  const wrapper = document.getElementById('header-search');
  if (!input || !panel || !wrapper) return;

  let quick: Promise<QuickResults> | undefined;
  const load = (): Promise<QuickResults> =>
    (quick ??= import('./quick-results.ts').then((m) => m.attachQuickResults(input, panel, base)));

  document.addEventListener('keydown', (event) => {
    const k = event.key.toLowerCase();
    const shortcut =
      (k === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target)) ||
      (k === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey);
    if (!shortcut) return;
    event.preventDefault();
    const target = (document.getElementById('search-query') as HTMLInputElement | null) ?? input;
    target.focus();
    target.select();
  });

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void load().then((q) => q.update()));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      void load().then((q) => q.focusFirst());
    } else if (event.key === 'Escape') {
      void load().then((q) => q.close());
    }
  });
  // Close the results when the focus or a click leaves the search box and its results.
  wrapper.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && wrapper.contains(event.relatedTarget)) return;
    if (quick) void quick.then((q) => q.close());
  });
}
