/**
 * Checks of what a reader gets, shared by the seed-site and BBC-site browser tests:
 * axe-core accessibility, the bytes an article page transfers, Lighthouse scores and
 * screenshots. Each takes a running static server and a browser.
 */
import { expect } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';
import { ROOT } from './paths.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type ColorScheme = 'light' | 'dark';

/** Opens `url` in a fresh page with the given colour scheme and viewport. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { scheme?: ColorScheme; width?: number; height?: number; javaScript?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.scheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  // Closing the page closes its context (which may already be gone with the browser).
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(url);
  return page;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Not a <script> tag: the site's Content-Security-Policy refuses inline scripts, and an
  // evaluation from the test driver is not subject to it.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return (
      result.violations as {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

export interface PageWeight {
  /** Bytes transferred (compressed) per resource type. */
  byType: Record<string, number>;
  /** HTML + CSS + JS bytes transferred. */
  total: number;
  requests: { url: string; type: string; bytes: number }[];
}

/**
 * What a page transfers up to the load event, with nothing clicked or typed: the bytes on
 * the wire per resource, as Chromium's network layer reports them (served gzipped).
 */
export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, { url: string; type: string }>();
  const bytes = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { url: e.response.url, type: e.type }));
  cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  const requests = [...types].map(([id, r]) => ({ ...r, bytes: bytes.get(id) ?? 0 }));
  const byType: Record<string, number> = {};
  for (const r of requests) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
  const total = (byType.Document ?? 0) + (byType.Stylesheet ?? 0) + (byType.Script ?? 0);
  return { byType, total, requests };
}

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Audits that did not pass, for the failure message. */
  failing: string[];
  /** The performance score of every run, when several were taken. */
  runs?: number[];
}

/** The reader's budget: performance at least 98, accessibility, best practices and SEO 100. */
export function expectLighthouseBudget(scores: LighthouseScores): void {
  const runs = scores.runs ? `runs ${scores.runs.join(', ')}; ` : '';
  expect(scores.performance, runs + scores.failing.join(', ')).toBeGreaterThanOrEqual(98);
  expect(scores.accessibility, scores.failing.join(', ')).toBe(100);
  expect(scores['best-practices'], scores.failing.join(', ')).toBe(100);
  expect(scores.seo, scores.failing.join(', ')).toBe(100);
}

/**
 * Lighthouse (mobile, simulated throttling) on `url`: the median of `runs` runs, each in
 * its own headless Chromium. Lighthouse's own guidance on score variability is to run it
 * several times and take the median run (ranked by performance): one run's total blocking
 * time moves with whatever else the machine is doing, the median's much less.
 */
export async function lighthouseScores(url: string, runs = 3): Promise<LighthouseScores> {
  const all: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) {
    await cpuSettled();
    all.push(await lighthouseRun(url));
  }
  const ranked = [...all].sort((a, b) => a.performance - b.performance);
  const median = ranked[Math.floor((ranked.length - 1) / 2)]!;
  return { ...median, runs: all.map((r) => r.performance) };
}

/**
 * Waits (at most `maxMs`) until the machine's CPUs are mostly idle over two successive
 * half-second samples: a build that just finished (a BBC site's thousands of files, its
 * workers winding down) must not be measured as the page's own blocking time.
 */
async function cpuSettled(maxMs = 30_000): Promise<void> {
  const busy = (): { idle: number; total: number } => {
    let idle = 0;
    let total = 0;
    for (const { times } of cpus()) {
      idle += times.idle;
      total += times.user + times.nice + times.sys + times.irq + times.idle;
    }
    return { idle, total };
  };
  const deadline = Date.now() + maxMs;
  let quietSamples = 0;
  while (quietSamples < 2 && Date.now() < deadline) {
    const a = busy();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const b = busy();
    const idleShare = (b.idle - a.idle) / Math.max(1, b.total - a.total);
    quietSamples = idleShare >= 0.85 ? quietSamples + 1 : 0;
  }
}

async function lighthouseRun(url: string): Promise<LighthouseScores> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string): number => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id} (${a.score})`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      failing,
    };
  } finally {
    chrome.kill();
  }
}

/** Where screenshot tests write their pictures (gitignored). */
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');

/** Saves a full-width screenshot of the page's first screens as `<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Whether the page scrolls sideways (content wider than the viewport). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
