import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = process.env.RALLY_API_URL ?? 'http://localhost:3000';

const proxy = {
  '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
};

/**
 * The libraries the first page needs, one chunk each: they change less often than our code, so a release
 * leaves them cached, and the browser fetches them side by side. `$initial` keeps out parts only lazy
 * screens use (Mantine's dates, charts), which stay in those screens' chunks.
 */
const VENDOR_GROUPS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  {
    name: 'mantine',
    test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|react-transition-group|react-number-format|react-textarea-autosize|clsx|tslib)[\\/]/,
  },
  { name: 'apollo', test: /node_modules[\\/](@apollo|@wry|graphql|graphql-ws|optimism|rxjs|ts-invariant|@graphql-typed-document-node)[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
].map((group) => ({ ...group, tags: ['$initial' as const] }));

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 500,
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_GROUPS } } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20_000,
  },
});
