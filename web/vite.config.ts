import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The parley web UI: vanilla TypeScript, served by `parley serve` from web/dist. No external assets. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development, with `parley serve` on :8080.
    proxy: { '/v1': process.env.PARLEY_API ?? 'http://127.0.0.1:8080' },
  },
});
