import type { MainAccountRange } from './configuration';
import type { FieldErrors } from '../platform/validation-error';

const MAIN_ACCOUNT = /^\d{6}$/;

/** What is wrong with a structure's allowed main account ranges; empty when they may be saved. */
export function accountRangesErrors(ranges: readonly MainAccountRange[]): FieldErrors {
  const errors: FieldErrors = {};
  if (ranges.length === 0) errors.ranges = 'An account structure needs at least one range of main accounts.';
  ranges.forEach((range, i) => {
    if (!MAIN_ACCOUNT.test(range.from)) errors[`ranges.${i}.from`] = 'A main account has six digits.';
    if (!MAIN_ACCOUNT.test(range.to)) errors[`ranges.${i}.to`] = 'A main account has six digits.';
    else if (MAIN_ACCOUNT.test(range.from) && Number(range.from) > Number(range.to)) {
      errors[`ranges.${i}.to`] = `To must not be lower than From (${range.from}).`;
    }
  });
  return errors;
}
