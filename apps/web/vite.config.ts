import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries in a few long-lived chunks, so a release of the app does not invalidate them.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'aria',
              test: /node_modules[\\/](react-aria|react-aria-components|react-stately|@internationalized|@react-types)[\\/]/,
            },
            {
              name: 'libs',
              test: /node_modules[\\/](react-router|@tanstack|i18next|react-i18next|use-sync-external-store)[\\/]/,
            },
            // The plain code lists (codes.ts, and the policy's lists it re-exports) stay out of this group:
            // the first page needs them, and must not pull zod in with them.
            {
              name: 'schemas',
              test: /node_modules[\\/]zod[\\/]|packages[\\/]domain[\\/]src[\\/](?!codes\.ts|access-policy\.ts)/,
              // Not the code lists the schemas import, or the whole group would come along with them.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
});
