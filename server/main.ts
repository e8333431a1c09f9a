/**
 * The entry point: holds V8's young generation at its start-up size while the server loads (see
 * young-generation.ts), then starts it (start.ts). A flag must be set before the modules it should
 * affect are evaluated, and static imports are evaluated before any statement of the file that
 * imports them: hence this file, whose only other import is a dynamic one.
 */
import { holdYoungGeneration } from './young-generation'

holdYoungGeneration()
await import('./start')
