import { chromium } from 'playwright-core';

/** Where the app under test runs; tools/scripts/e2e.mjs sets it for a server it started itself. */
export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A page in a fresh browser context (no cookies), with relative `goto` against BASE_URL.
 * Uncaught exceptions in the app are collected in `page.appErrors` so a journey can assert there were none.
 */
export async function openPage(browser) {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.appErrors = [];
  page.on('pageerror', (error) => page.appErrors.push(error.message));
  return page;
}

export function pathOf(page) {
  return new URL(page.url()).pathname;
}
