/**
 * tldraw's style panel with its opacity slider named (WCAG 4.1.2, axe `aria-input-field-name`).
 * tldraw puts the name in a `title` on the slider's root, not on the focusable thumb, and offers no
 * prop to pass one; so this wraps the stock panel and names the thumb from tldraw's own
 * translation ("Opacity"), whenever the panel renders one.
 */
import { useEffect, useRef } from 'react'
import { DefaultStylePanel, useTranslation, type TLUiStylePanelProps } from 'tldraw'

export function NamedStylePanel(props: TLUiStylePanelProps) {
  const ref = useRef<HTMLDivElement>(null)
  const msg = useTranslation()
  const name = msg('style-panel.opacity')
  useEffect(() => {
    const root = ref.current
    if (!root) return
    const label = () => {
      for (const thumb of root.querySelectorAll('[role="slider"]:not([aria-label])')) thumb.setAttribute('aria-label', name)
    }
    label()
    // the panel's content changes with the selection; the slider comes and goes with it
    const observer = new MutationObserver(label)
    observer.observe(root, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [name])
  return (
    <div ref={ref} className="named-style-panel">
      <DefaultStylePanel {...props} />
    </div>
  )
}
