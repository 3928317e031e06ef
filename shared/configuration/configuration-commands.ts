import { UserFacingError } from '../platform/user-facing-error';
import type { HqDatabase } from '../db/hq-database';
import type { MainAccountRange } from './configuration';
import { accountRangesErrors } from './account-structure-rules';
import { numberSequenceEditErrors, type NumberSequenceEdit } from './number-sequence-rules';
import { throwIfInvalid } from '../platform/validation-error';

/** The fix screens' saves. Each validates against the stored record inside its transaction and saves nothing when invalid. */
export async function updateNumberSequence(db: HqDatabase, code: string, edit: NumberSequenceEdit): Promise<void> {
  await db.transaction('rw', db.numberSequences, async () => {
    const current = await db.numberSequences.get(code);
    if (!current) throw new UserFacingError(`Number sequence ${code} does not exist.`);
    throwIfInvalid(numberSequenceEditErrors(current, edit));
    await db.numberSequences.update(code, { next: edit.next, largest: edit.largest });
  });
}

/** Exactly one service may be the default processor for new credit cards: choosing one clears the others. */
export async function setDefaultPaymentService(db: HqDatabase, serviceId: string, isDefault: boolean): Promise<void> {
  await db.transaction('rw', db.paymentServices, async () => {
    const services = await db.paymentServices.toArray();
    if (!services.some((s) => s.id === serviceId)) throw new UserFacingError(`Payment service ${serviceId} does not exist.`);
    await db.paymentServices.bulkPut(
      services.map((s) => ({ ...s, defaultForNewCreditCards: s.id === serviceId ? isDefault : isDefault ? false : s.defaultForNewCreditCards })),
    );
  });
}

export async function updateAccountStructure(db: HqDatabase, structureId: string, ranges: MainAccountRange[]): Promise<void> {
  await db.transaction('rw', db.accountStructures, async () => {
    if (!(await db.accountStructures.get(structureId))) throw new UserFacingError(`Account structure ${structureId} does not exist.`);
    throwIfInvalid(accountRangesErrors(ranges));
    await db.accountStructures.update(structureId, { allowedRanges: ranges });
  });
}
