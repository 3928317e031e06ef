/** What a person typed: as typed, in capitals, in small letters, capitalized. Codes, accounts and names are mostly written one of these ways. */
const caseVariants = (text: string) => [...new Set([text, text.toUpperCase(), text.toLowerCase(), text.charAt(0).toUpperCase() + text.slice(1).toLowerCase()])];

/**
 * The primary keys of the rows whose index value starts with the text, in any of its variants:
 * one key range each, keys only (IndexedDB's getAllKeys), where Dexie's ignore-case match walks
 * a cursor a round trip per entry. Each key once.
 */
export async function keysStartingWith<Key>(index: () => { startsWith(prefix: string): { primaryKeys(): PromiseLike<Key[]> } }, text: string): Promise<Key[]> {
  const found = (await Promise.all(caseVariants(text).map((variant) => index().startsWith(variant).primaryKeys()))).flat();
  return [...new Map(found.map((key) => [JSON.stringify(key), key])).values()];
}

/** Whether a value starts with one of the text's variants: the same match as keysStartingWith, for rows already read. */
export const startsWithVariant = (value: string | null, text: string): boolean => caseVariants(text).some((variant) => (value ?? '').startsWith(variant));
