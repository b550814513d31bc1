// Shared by the browser tests: Debian's headless Chromium through playwright-core, and the built
// site served on an ephemeral 127.0.0.1 port.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../web/scripts/serve.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function openBrowser() {
  const { server, url } = await startServer();
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'loansim-chromium-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    url,
    context,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
