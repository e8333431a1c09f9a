/**
 * The home form's own checks, so a missing field reads as a sentence next to that field instead of
 * the API's "title: title must not be empty". The server still validates (the contract's zod schema);
 * its messages are turned into the same sentences where a field is known.
 */
export interface HomeFormValues {
  readonly title: string
  readonly organisation: string
  readonly facilitatorName: string
}

export interface FieldError {
  readonly field?: string | undefined
  readonly message: string
}

const REQUIRED: readonly { readonly field: keyof HomeFormValues; readonly message: string }[] = [
  { field: 'title', message: 'Give the session a title, for example “Grade 7 math — root causes”.' },
  { field: 'organisation', message: 'Enter the district or school this session is for.' },
  { field: 'facilitatorName', message: 'Enter your name so the team knows who is facilitating.' },
]

/** The first empty required field, as a sentence; undefined when the form can be sent. */
export function homeFormError(values: HomeFormValues): FieldError | undefined {
  const missing = REQUIRED.find((r) => values[r.field].trim() === '')
  return missing && { field: missing.field, message: missing.message }
}

/** A server refusal for the home form in words: the known sentence for an empty field, else the message without its "field: " prefix. */
export function humanHomeError(error: FieldError): FieldError {
  const known = REQUIRED.find((r) => r.field === error.field)
  if (known && /must not be empty|is required/.test(error.message)) return { field: error.field, message: known.message }
  const prefix = error.field ? `${error.field}: ` : ''
  const rest = prefix && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message
  return { field: error.field, message: rest.charAt(0).toUpperCase() + rest.slice(1) + (/[.!?]$/.test(rest) ? '' : '.') }
}
