import type { NumberSequence } from './configuration';
import type { FieldErrors } from '../platform/validation-error';

export function formatSequenceNumber(sequence: NumberSequence, value: number): string {
  return `${sequence.prefix}${String(value).padStart(sequence.digits, '0')}`;
}

export interface NumberSequenceEdit {
  next: number;
  largest: number;
}

/** What is wrong with an edit of a number sequence, field by field; empty when it may be saved. */
export function numberSequenceEditErrors(current: NumberSequence, edit: NumberSequenceEdit): FieldErrors {
  const errors: FieldErrors = {};
  const maximum = 10 ** current.digits - 1;
  if (!Number.isSafeInteger(edit.next)) errors.next = 'Next must be a whole number.';
  else if (edit.next < current.next) {
    errors.next = `Next cannot be lower than ${current.next}: the numbers below it are already used by sales orders.`;
  }
  if (!Number.isSafeInteger(edit.largest)) errors.largest = 'Largest must be a whole number.';
  else if (edit.largest > maximum) errors.largest = `Largest cannot exceed ${maximum}: the format has ${current.digits} digits.`;
  else if (edit.largest < current.smallest) errors.largest = `Largest cannot be lower than Smallest (${current.smallest}).`;
  else if (!errors.next && edit.largest < edit.next - 1) errors.largest = `Largest must be at least ${edit.next - 1}, one below Next.`;
  return errors;
}
