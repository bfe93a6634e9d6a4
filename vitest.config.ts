import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Generous: CI runs on a shared 2-core machine where a busy neighbour can slow a PGlite test tenfold.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
