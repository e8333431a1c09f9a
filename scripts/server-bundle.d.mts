import type { BuildOptions } from 'esbuild'
/** esbuild options for the server's bundles (see server-bundle.mjs) */
export declare const serverBundleOptions: BuildOptions
