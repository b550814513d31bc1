import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The static site: web/ is the root, web/dist/ the output that npm start serves.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
