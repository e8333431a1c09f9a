// Runs before the app's modules (a classic script in <head>): zod's JIT compiles parsers with
// `new Function`, which the CSP forbids (no 'unsafe-eval'). zod reads this global config when it
// loads; jitless mode parses the same way without eval and skips the probe that reports a violation.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true })
