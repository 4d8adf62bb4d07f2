import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = path.resolve(import.meta.dirname, 'web');
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    // The strict CSP (script-src 'self') forbids inline scripts; Vite emits none, and no asset is inlined as a data: script.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // Charts load only with a page that draws one (a dynamic import): keep uPlot out of "libs".
            { name: 'uplot', test: /node_modules[\\/]uplot[\\/]/, priority: 2 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'libs', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': api, '/healthz': api },
    // The web app imports shared/ (contracts, locales) from outside its root.
    fs: { allow: [path.resolve(import.meta.dirname)] },
  },
});
