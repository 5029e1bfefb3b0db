/**
 * Headless Chromium for end-to-end tests (Debian's chromium, driven by playwright-core).
 * When Chromium is missing the tests skip locally, but fail under CI=1: in CI they must run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
export const mustRunBrowserTests =
  process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== '0';

export function browserTestsEnabled(): boolean {
  if (!hasChromium && mustRunBrowserTests) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}; CI must run the browser tests (apt-get install -y chromium)`,
    );
  }
  return hasChromium;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
