/**
 * Narrowing reads of Y.Map fields for the SWOT / fishbone / 5 Whys readers. Document content is
 * remote (any client can write anything), so every field is checked and a wrong type reads as absent.
 */
import * as Y from 'yjs'
import { diffText } from '../text/diff'
import { isOrderKey } from './fractional-index'

/** Sorts after every valid order key, so items with a corrupt key go last instead of vanishing. */
export const FALLBACK_ORDER = '~'

export function yMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const v = parent.get(key)
  return v instanceof Y.Map ? (v as Y.Map<unknown>) : undefined
}

export function yText(parent: Y.Map<unknown>, key: string): Y.Text | undefined {
  const v = parent.get(key)
  return v instanceof Y.Text ? v : undefined
}

export function textOf(parent: Y.Map<unknown>, key: string): string {
  return yText(parent, key)?.toString() ?? ''
}

export function str(parent: Y.Map<unknown>, key: string): string | undefined {
  const v = parent.get(key)
  return typeof v === 'string' ? v : undefined
}

export function num(parent: Y.Map<unknown>, key: string): number | undefined {
  const v = parent.get(key)
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

export function bool(parent: Y.Map<unknown>, key: string): boolean | undefined {
  const v = parent.get(key)
  return typeof v === 'boolean' ? v : undefined
}

/** A string field restricted to a closed vocabulary (`as const` array). */
export function oneOf<T extends string>(parent: Y.Map<unknown>, key: string, allowed: readonly T[]): T | undefined {
  const v = parent.get(key)
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined
}

export function orderOf(parent: Y.Map<unknown>): string {
  const v = parent.get('order')
  return isOrderKey(v) ? v : FALLBACK_ORDER
}

/** Keys of a Y.Map used as a set (`key → true`), sorted so every client lists them alike. */
export function setKeys(parent: Y.Map<unknown>, key: string): readonly string[] {
  const m = yMap(parent, key)
  return m ? [...m.keys()].filter((k) => m.get(k) === true).sort() : []
}

/** Replace a Y.Text's whole content (imports, templates); live typing goes through the Y.Text itself. */
export function replaceText(text: Y.Text, value: string): void {
  if (text.toString() === value) return
  text.delete(0, text.length)
  text.insert(0, value)
}

/** Replaces a text's content by editing only the part that changed, so concurrent typing elsewhere survives. */
export function replaceTextMinimally(text: Y.Text, next: string): void {
  const edit = diffText(text.toString(), next)
  if (!edit) return
  if (edit.remove > 0) text.delete(edit.index, edit.remove)
  if (edit.insert.length > 0) text.insert(edit.index, edit.insert)
}

/** Evidence links are stored only as absolute http(s) URLs, so the UI can render them as links safely. */
export function isEvidenceLink(value: string): boolean {
  return value.length <= 2000 && /^https?:\/\/[^\s]+$/i.test(value)
}
