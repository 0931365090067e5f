import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { enumLabels } from './enumLabels.js';

// The web application (Bảng điều khiển): the host answers a browser opening / with dist/app/index.html and serves its
// files under /_trithuc/app/ in every environment.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/_trithuc/app/',
  plugins: [enumLabels(fileURLToPath(new URL('../../schema.graphql', import.meta.url)))],
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: '../dist/app',
    emptyOutDir: true,
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
