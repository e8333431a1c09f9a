import { defineConfig } from 'vitest/config'
import e2e, { IDLE_TESTS } from './vitest.e2e.config.ts'

/** The long idle-session browser test alone, so scripts/test.sh can run it beside everything else. */
export default defineConfig({
  test: { ...e2e.test, include: IDLE_TESTS, exclude: ['node_modules/**'], testTimeout: 20 * 60_000 },
})
