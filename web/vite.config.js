import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const inWeb = (path) => fileURLToPath(new URL(path, import.meta.url));

// The static site (web/ is the root, web/dist/ the output that npm start serves): three pages and
// the widget. The widget entry keeps a fixed name, web/dist/loan-simulator.js, because partners
// embed it by that name; the pages load it with the very script tag docs/embedding.md gives
// (`vite-ignore` leaves that tag as written). Everything else is hashed under assets/ and loaded
// by the widget on demand, relative to its own URL.
export default defineConfig({
  root: inWeb('.'),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No polyfill and no preload links: the widget must not add elements to its host's <head>.
    modulePreload: false,
    rolldownOptions: {
      input: {
        index: inWeb('index.html'),
        demo: inWeb('demo.html'),
        csp: inWeb('csp.html'),
        'loan-simulator': inWeb('src/loan-simulator.js'),
      },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: (chunk) => (chunk.name === 'loan-simulator' ? '[name].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
