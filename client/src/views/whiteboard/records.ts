/**
 * tldraw records as they cross the Yjs boundary. Values read from the whiteboard document are
 * remote and untrusted: `parseRemoteRecord` admits only valid, document-scoped records whose key
 * matches their id. `seedRecords` are the fixed-id records an empty whiteboard starts with.
 */
import {
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type IndexKey,
  type TLRecord,
  type TLStore,
} from 'tldraw'

/** tldraw's own default page id and values (see its integrity checker): identical on every client. */
export const DEFAULT_PAGE_ID = PageRecordType.createId('page')

/**
 * The document records an empty whiteboard is seeded with. Ids and values are fixed, so two fresh
 * clients seeding at the same time write the same keys with equal values and nothing conflicts.
 */
export function seedRecords(): TLRecord[] {
  return [
    DocumentRecordType.create({ id: TLDOCUMENT_ID }),
    PageRecordType.create({ id: DEFAULT_PAGE_ID, name: 'Page 1', index: 'a1' as IndexKey, meta: {} }),
  ]
}

export function isDocumentScoped(store: TLStore, typeName: string): boolean {
  return store.scopedTypes.document.has(typeName as TLRecord['typeName'])
}

function isRecordType(store: TLStore, typeName: string): typeName is TLRecord['typeName'] {
  return Object.hasOwn(store.schema.types, typeName)
}

/**
 * A remote value as a record this store accepts, or null. Session records (camera, instance,
 * pointer …) are never taken from the document: a peer must not move our viewport.
 */
export function parseRemoteRecord(store: TLStore, key: string, value: unknown): TLRecord | null {
  if (typeof value !== 'object' || value === null) return null
  const typeName: unknown = Reflect.get(value, 'typeName')
  const id: unknown = Reflect.get(value, 'id')
  if (typeof typeName !== 'string' || typeof id !== 'string' || id !== key) return null
  if (!isRecordType(store, typeName) || !isDocumentScoped(store, typeName)) return null
  if (!id.startsWith(`${typeName}:`)) return null
  try {
    return store.schema.types[typeName].validate(value)
  } catch {
    // an invalid record (a newer client's shape, a corrupt write) is skipped, not fatal
    return null
  }
}

/** Document-scoped records currently in the store, by id. */
export function documentRecords(store: TLStore): Map<string, TLRecord> {
  const out = new Map<string, TLRecord>()
  for (const record of store.allRecords()) {
    if (isDocumentScoped(store, record.typeName)) out.set(record.id, record)
  }
  return out
}
