// Shared by the browser tests: Debian's headless Chromium through playwright-core, and the built
// site served on an ephemeral 127.0.0.1 port. Each test takes a fresh context (its own storage),
// so a draft one test leaves in localStorage never leaks into the next.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../web/scripts/serve.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

// Failures should show up in seconds, not after Playwright's 30 s default.
const ACTION_TIMEOUT_MS = 5000;

export async function openBrowser() {
  const { server, url } = await startServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return {
    url,
    async newPage(options = {}) {
      const context = await browser.newContext(options);
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      return context.newPage();
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** axe-core's script, injected into pages for the accessibility scans. */
export const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Where screenshots and measurements go (test-results/, with a trailing slash); created on import. */
export const results = fileURLToPath(new URL('../../test-results/', import.meta.url));
mkdirSync(results, { recursive: true });
