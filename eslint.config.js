// Lint for the whole repo: typescript-eslint's recommended rules and React's hooks rules for the
// client. Runs in `npm test` (scripts/test.sh → npm run lint); a finding fails the test command.
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'data/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // a `let` read by a closure before its one assignment (wiring order) stays a `let`
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // handler signatures are fixed by their caller (memberRoute, event listeners): unused parameters are fine
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // text sanitisers match control characters on purpose and say so with a disable comment
      'no-control-regex': 'error',
      // `import * as z` lets the bundlers keep only the parts of zod in use (scripts/server-bundle.mjs)
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'][importKind='value'] > :matches(ImportSpecifier[imported.name='z'], ImportDefaultSpecifier)",
          message: "Use `import * as z from 'zod'`: the named `z` (a namespace of everything, all 60-odd locales included) defeats tree-shaking.",
        },
      ],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // the two rules of hooks, as errors; the React Compiler rules the plugin also ships
    // (set-state-in-effect, refs, purity…) are not switched on yet: see README "Decisions"
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
)
