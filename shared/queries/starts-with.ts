/** What a person typed, as typed, in capitals and in small letters: codes, accounts and names are mostly written one of these ways. */
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
