/**
 * The whiteboard's single-key shortcuts (WCAG 2.1.4): a per-browser on/off setting (on by default),
 * shared by our checkbox and tldraw's own "Keyboard shortcuts" menu item.
 */
import { deviceFlag } from '../../ui/device-flag'

const shortcuts = deviceFlag('rootwork:whiteboard-shortcuts', true)

export const shortcutsEnabled = shortcuts.get
export const setShortcutsEnabled = shortcuts.set
export const useShortcutsEnabled = shortcuts.use
