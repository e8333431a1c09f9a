import { defineConfig } from 'vitest/config'

/** the 10-minute idle session: its own vitest process, in the background of `npm test` (vitest.idle.config.ts) */
export const IDLE_TESTS = ['test/e2e/idle.test.ts']

/** Browser tests: Playwright drives Debian's Chromium against the production build on port 0. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    exclude: [...IDLE_TESTS, 'node_modules/**'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
    expect: { poll: { timeout: 10_000, interval: 25 } },
    fileParallelism: false,
  },
})
