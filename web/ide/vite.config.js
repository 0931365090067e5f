import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The GraphQL IDE: the host answers a browser opening /graphql with dist/ide/index.html and serves its files under
// /_trithuc/ide/ — only while TriThuc:GraphQL:EnableIde is on.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/_trithuc/ide/',
  build: {
    outDir: '../dist/ide',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // React libraries mark files "use client" for server rendering, which a static build has no use for.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
