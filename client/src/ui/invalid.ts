/** After a failed submit, focus goes to the first field marked `aria-invalid` (WCAG 3.3.1, 2.4.3). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
}
