import type { NumberSequence } from '../../configuration/configuration';
import type { ChunkConfiguration } from '../synchronize/read-order-chunk';
import type { NotJudged } from './check-findings';

/**
 * What Check data could not judge, and why, from what the workspace holds: an import brings
 * transactions, not HQ's master data or configuration, so the rules that need them are not applied
 * rather than finding every item unknown. Said plainly on the screen and in the audit report.
 * Without a chunk read (a workspace of no transaction) nothing was judged, so nothing is left out.
 */
export function notJudgedOf(config: ChunkConfiguration | null, sequence: NumberSequence | undefined, customersUnknown: number): NotJudged[] {
  if (!config) return [];
  const parts: NotJudged[] = [];
  if (!config.master.items) parts.push({ part: 'items', reason: 'Not checked: the export has no items (released products), so no line\u2019s item number is checked against them.' });
  if (!config.master.tenderTypes) parts.push({ part: 'tenderTypes', reason: 'Not checked: the export has no tender types, so no payment\u2019s tender type is checked, nor whether it pays by card.' });
  if (!config.master.currencies) parts.push({ part: 'currencies', reason: 'Not checked: the export has no currencies, so no currency code is checked against them.' });
  if (config.defaultService === null) parts.push({ part: 'paymentServices', reason: 'Not checked: the export has no payment services, so whether card payments have a default payment service is not checked.' });
  if (!config.structures) parts.push({ part: 'accountStructures', reason: 'Not checked: the export has no account structures, so no main account is checked against them.' });
  if (!config.parameters) parts.push({ part: 'postingProfile', reason: 'Not checked: the export has no HQ parameters, so the posting profile\u2019s main accounts are not known.' });
  if (!sequence) parts.push({ part: 'numberSequence', reason: 'Not checked: the export has no number sequences, so whether the sales order number sequence has numbers left is not checked.' });
  if (customersUnknown > 0) {
    parts.push({
      part: 'customers', orders: customersUnknown,
      reason: `Not checked: the export has no synchronized customer for ${customersUnknown} order(s) of customers created offline, so those customers are not checked.`,
    });
  }
  return parts;
}
