/** Field-level problems with an edit; nothing was saved. Keys are field paths such as "largest" or "ranges.1.to". */
export type FieldErrors = Record<string, string>;

export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(Object.values(fieldErrors).join(' '));
    this.name = 'ValidationError';
  }
}

export function throwIfInvalid(errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}
