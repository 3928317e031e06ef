/**
 * The cause behind a failed customer operation, stored beside its Last known error where the
 * failure is decided (lastErrorCause): the Customer account number sequence used up, the customer an
 * update is for missing, a value HQ refuses named by its field ("field:email",
 * "field:attribute:Loyalty tier"), or data of no known kind (an unexpected failure, or one
 * recorded before causes were stored).
 */
export type CustomerErrorCause = 'numberSequence' | 'customerMissing' | 'customerData' | `field:${string}`;

const FIELD_PREFIX = 'field:';

export const fieldErrorCause = (field: string): CustomerErrorCause => `${FIELD_PREFIX}${field}`;

/** The field a cause names; null for any other cause. */
export const fieldOfCause = (cause: string): string | null => (cause.startsWith(FIELD_PREFIX) ? cause.slice(FIELD_PREFIX.length) : null);
