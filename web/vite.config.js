import { defineConfig } from 'vite';

// The host serves web/dist: /graphql answers a browser with ide/index.html, and every asset lives under /_trithuc/.
export default defineConfig({
  base: '/_trithuc/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { ide: 'ide/index.html' },
      // React libraries mark files "use client" for server rendering, which a static build has no use for.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
