/** Above this many rows, the person types the count to confirm: a click alone is too easy to give. */
export const TYPED_CONFIRMATION_ABOVE = 1000;

/** Whether what was typed confirms the count: needed only above the threshold; spaces and group separators ("12,345", "12 345") are allowed. */
export const confirmsCount = (typed: string, count: number): boolean =>
  count <= TYPED_CONFIRMATION_ABOVE || typed.replace(/[\s,.\u00a0\u202f]/g, '') === String(count);
