/**
 * The floor app's build: what React 19 and echarts/core cost on their own, served by the bench
 * under /floor/ beside the dashboard. `npm run bench` builds it into bench/floor/dist.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/floor/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2023',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
});
