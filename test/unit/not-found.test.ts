import { describe, expect, it } from 'vitest';
import { wordsFromPath } from '../../src/client/not-found.ts';

describe('wordsFromPath: search words for a missing address', () => {
  it.each([
    ['/articles/tajik-border-talks/', '/', 'tajik border talks'],
    ['/archive/articles/tajik-border-talks/', '/archive/', 'tajik border talks'],
    ['/sources/rfe-rl/page/7/', '/', 'rfe rl'],
    ['/old/Some_Page.html', '/', 'Some Page'],
    ['/articles/caf%C3%A9-news/', '/', 'café news'],
    ['/404.html', '/', ''],
    ['/', '/', ''],
  ])('%s under %s → %j', (path, base, words) => {
    expect(wordsFromPath(path, base)).toBe(words);
  });
});
