import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { persistedDocuments } from './persisted-documents-plugin.ts';

// `pnpm dev` proxies the API to a running `pnpm start`; the build goes to dist/, which the router serves.
export default defineConfig({
  plugins: [persistedDocuments(), react()],
  // The manifest lets bench/src/web-bundle-size.ts sum exactly what a route loads.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 1500, reportCompressedSize: false },
  server: {
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true }, '/auth': 'http://127.0.0.1:4000' },
  },
});
