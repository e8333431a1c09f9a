/**
 * The layering, checked in `npm test` (npm run lint): shared/ imports nothing outside itself;
 * client/ and server/ never import each other; no board view imports another board view; the
 * workspace shell and the facilitation layer never import views/. A violation fails the run.
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-self-contained',
      comment: 'shared/ is pure TypeScript used by both sides: it may import only shared/ and packages',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(client|server|test|bench|scripts)/' },
    },
    {
      name: 'shared-no-node-builtins',
      comment: 'shared/ runs in the browser too: no node:* modules',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    { name: 'client-not-server', severity: 'error', from: { path: '^client/' }, to: { path: '^server/' } },
    { name: 'server-not-client', severity: 'error', from: { path: '^server/' }, to: { path: '^client/' } },
    {
      name: 'no-cross-view-imports',
      comment: 'one board view never reaches into another; shared pieces live in ui/, facilitation/ or shared/',
      severity: 'error',
      from: { path: '^client/src/views/([^/]+)/' },
      to: { path: '^client/src/views/([^/]+)/', pathNot: '^client/src/views/$1/' },
    },
    {
      name: 'no-workspace-or-facilitation-to-views',
      comment: 'the shell and the facilitation layer are below the views; the route hands the shell its views',
      severity: 'error',
      from: { path: '^client/src/(workspace|facilitation|ui|api)/' },
      to: { path: '^client/src/views/' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle of runtime imports (type-only imports erase at build time and are allowed)',
      severity: 'error',
      from: { path: '^(client|shared|server)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.tmp)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
}
