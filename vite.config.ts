import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/** The client is served by the Express server in production; in dev Vite proxies API and sync to it. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: {
    proxy: {
      '/api': 'http://localhost:8787',
      '/sync': { target: 'ws://localhost:8787', ws: true },
    },
  },
})
