/**
 * Firefox for the browser tests that must hold beyond Chromium (the offline edition opened
 * from disk): Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core, since
 * playwright-core drives only its own patched Firefox. Like Chromium (browser.ts), a missing
 * Firefox skips these tests locally and fails them under CI=1.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { mustRunBrowserTests } from './browser.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function firefoxTestsEnabled(): boolean {
  const present = existsSync(FIREFOX_PATH);
  if (!present && mustRunBrowserTests) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}; CI must run the Firefox tests (apt-get install -y firefox-esr)`,
    );
  }
  return present;
}

/** Headless Firefox, with a fresh profile. */
export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
}
