import { defineConfig } from 'vitest/config'

/** Unit and integration tests (real servers on port 0). Browser tests live in vitest.e2e.config.ts. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    expect: { poll: { timeout: 10_000, interval: 25 } },
  },
})
