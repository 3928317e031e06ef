import type { TFunction } from 'i18next';
import { fileRefusals, rowPlaces, rowRefusals } from '../../../shared/import/import-messages';
import { matchMessage, type MessageCatalog } from '../../../shared/platform/message-catalog';

/** Which catalog section of importMessages says each of import-messages.ts' catalogs. */
const sections: [string, MessageCatalog][] = [['refusals', fileRefusals], ['rows', rowRefusals], ['places', rowPlaces]];

/**
 * A message of the import (a refusal of a file, of a row, a row's place) in the user's language;
 * any other text (older reports, the messages not yet in a catalog) as it was written.
 */
export function importText(t: TFunction, text: string): string {
  for (const [section, catalog] of sections) {
    const message = matchMessage(catalog, text);
    if (message) return t(`importMessages.${section}.${message.key}`, Object.fromEntries(message.values.map((v, i) => [`p${i}`, v])));
  }
  return text;
}
