import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the baseline page into the bench's copy of the site, served at /bare-drag/.
export default defineConfig({
  root: import.meta.dirname,
  base: '/bare-drag/',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../../.bench/site/bare-drag', emptyOutDir: true },
});
