import { defineConfig } from 'vitest/config'

/** Browser tests: Playwright drives Debian's Chromium against the production build on port 0. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    expect: { poll: { timeout: 10_000, interval: 25 } },
    fileParallelism: false,
  },
})
