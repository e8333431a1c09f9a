/** The visible switch for the whiteboard's single-key shortcuts (WCAG 2.1.4), remembered in this browser. */
import { setShortcutsEnabled, useShortcutsEnabled } from './shortcut-setting'

export function ShortcutToggle() {
  const on = useShortcutsEnabled()
  return (
    <div className="whiteboard-settings">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => setShortcutsEnabled(e.target.checked)} /> Single-key shortcuts (while the whiteboard has focus)
      </label>
    </div>
  )
}
