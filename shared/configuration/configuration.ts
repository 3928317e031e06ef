/** Customer parameters › Number sequences. */
export interface NumberSequence {
  code: string;
  name: string;
  /** The reference it numbers, e.g. "Sales order". */
  reference: string;
  prefix: string;
  digits: number;
  smallest: number;
  largest: number;
  next: number;
}

/** Accounts receivable › Payment setup › Payment services. */
export interface PaymentService {
  id: string;
  name: string;
  defaultForNewCreditCards: boolean;
}

export interface MainAccountRange {
  from: string;
  to: string;
}

/** Which main accounts a posting may use; an account no active structure allows cannot be posted. */
export interface AccountStructure {
  id: string;
  name: string;
  allowedRanges: MainAccountRange[];
}
