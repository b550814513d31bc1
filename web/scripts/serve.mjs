// Serves the built site (web/dist/) and the seed APIs' sandbox (/sandbox/, web/sandbox/) on
// 127.0.0.1 and prints its URL. PORT chooses the port. csp.html is served under the strict
// policy partner sites use, to prove the widget runs there.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { createSandbox } from '../sandbox/sandbox.js';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const headersFor = (pathname) => (pathname === '/csp.html' ? { 'content-security-policy': STRICT_CSP } : {});

export function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const serveStatic = sirv(dist, {
    dev: false,
    etag: true,
    gzip: false,
    setHeaders: (response, pathname) => {
      for (const [name, value] of Object.entries(headersFor(pathname))) response.setHeader(name, value);
    },
  });
  const handleSandbox = createSandbox();
  const notFound = (response) => {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  };
  const server = createServer((request, response) => {
    handleSandbox(request, response).then(
      (handled) => handled || serveStatic(request, response, () => notFound(response)),
      (error) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      },
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await startServer({ port });
  console.log(`loansim is serving the simulator at ${url}`);
}
