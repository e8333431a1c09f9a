// esbuild options for the server's bundles, shared by scripts/build-server.mjs and the tests that
// check what the bundles load.
//
// Dependencies stay in node_modules and load as they are, except zod: bundled, esbuild keeps only
// the parts our schemas use (~0.2 MB of its ~0.75 MB, without its 60-odd locales), which an idle
// server then does not parse and hold (measured 3 s after the start: 84-88 -> 78-79 MB).
const INLINED = /^zod(\/|$)/

/** every bare import stays external except the inlined packages */
const externalDependencies = {
  name: 'external-dependencies',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (INLINED.test(args.path) ? undefined : { path: args.path, external: true }))
  },
}

export const serverBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  plugins: [externalDependencies],
}
