import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/plugins/**/*.test.ts'],
          environment: 'node',
          // The files share one module graph per worker instead of importing the whole pipeline
          // (schemas, analysis, plugins, previews) again for each file: about a sixth of the time.
          // The tests keep no state in modules; they pass in any order (--sequence.shuffle).
          isolate: false,
        },
      },
      {
        // The content loaders run in-process (tests/content/content-layer.ts): Astro's own
        // defineCollection stands behind the virtual module astro:content.
        resolve: { alias: { 'astro:content': 'astro/content/config' } },
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
