/** A form-level error (one not tied to a field), announced to screen readers. */
export function FormError({ error }: { error: { field?: string | undefined; message: string } | undefined }) {
  if (!error || error.field) return null
  return (
    <p className="error" role="alert">
      {error.message}
    </p>
  )
}
