/**
 * Focus moved by the app, not by the person (a reload, focus rescued from a removed control): the
 * target gets focus for screen readers and the next Tab, but no ring. Chromium counts focus set by
 * script before any pointer input as :focus-visible, so after a reload the whole board region was
 * outlined in orange. The mark lasts until the element loses focus; `focusVisibly` clears it, for
 * a move the person asked for by keyboard (the skip link), which must show where focus went.
 */
const QUIET = 'data-quiet-focus'

export function focusQuietly(element: HTMLElement, options: FocusOptions = {}): void {
  element.setAttribute(QUIET, '')
  element.addEventListener('blur', () => element.removeAttribute(QUIET), { once: true })
  element.focus(options)
  // focus refused (hidden, disabled): leave no mark behind
  if (document.activeElement !== element) element.removeAttribute(QUIET)
}

export function focusVisibly(element: HTMLElement, options: FocusOptions = {}): void {
  element.removeAttribute(QUIET)
  element.focus(options)
}
