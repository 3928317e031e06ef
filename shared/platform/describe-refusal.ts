import type { z } from 'zod';

const WHY: Partial<Record<string, string>> = {
  too_big: 'is too long or too large',
  too_small: 'is too short or too small',
  invalid_type: 'has the wrong kind of value',
  invalid_value: 'is not one of the values allowed',
  unrecognized_keys: 'has fields it should not have',
};

/**
 * Why a message across a boundary was refused, in words ("keys › 0 › transactionId is too long
 * or too large"), not zod's JSON: this is what a person sees when the UI sent something the
 * worker or the main process will not take.
 */
export function describeRefusal(error: z.ZodError): string {
  const reasons = error.issues.slice(0, 5).map((issue) => `${issue.path.length ? issue.path.join(' › ') : 'the request'} ${WHY[issue.code] ?? 'is not acceptable'}`);
  return `Sync Console refused this request: ${reasons.join('; ')}.`;
}
