import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteSetAside, setAside } from '../../scripts/build/set-aside.ts';
import { swapIn } from '../../scripts/ingest/write-articles.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'swap-in-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, text: string): string {
  const at = path.join(dir, name);
  mkdirSync(at, { recursive: true });
  writeFileSync(path.join(at, 'index.html'), text);
  return at;
}

describe('swapIn and setAside', () => {
  it('puts the staged folder in place and sets the previous one aside until it is deleted', async () => {
    const site = folder('dist', 'old');
    const aside = path.join(dir, 'replaced');
    const old = swapIn(folder('dist.staging', 'new'), site);
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('new');
    expect(old).toBeDefined();
    expect(setAside(old!, aside)).toBe(true);
    expect(existsSync(old!)).toBe(false);
    const kept = readdirSync(aside);
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(aside, kept[0]!, 'index.html'), 'utf8')).toBe('old');

    // A second swap sets its own previous folder aside next to the first.
    expect(setAside(swapIn(folder('dist.staging', 'newer'), site)!, aside)).toBe(true);
    expect(readdirSync(aside)).toHaveLength(2);

    await deleteSetAside(aside);
    expect(readdirSync(aside)).toEqual([]);
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('newer');
  });

  it('returns nothing to set aside when there was no previous folder, and deleting nothing is fine', async () => {
    expect(swapIn(folder('staging', 'first'), path.join(dir, 'out', 'site'))).toBeUndefined();
    await expect(deleteSetAside(path.join(dir, 'never-made'))).resolves.toBeUndefined();
  });
});
