/**
 * A catalog of messages the engine writes as English text (what the database keeps and exports
 * carry), each made by a function of its values. matchMessage finds which message a stored text
 * is and its values, so the UI can say it in the user's language from the same catalog, for new
 * rows and old alike, without a second copy of each message's wording.
 */
export type MessageCatalog = Record<string, (...values: string[]) => string>;

export interface MatchedMessage<K extends string> {
  key: K;
  values: string[];
}

// Stand-ins for the values while a message's pattern is drawn from its function; no text has them.
const slot = (i: number) => `\uE000${i}\uE000`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new WeakMap<MessageCatalog, [string, RegExp][]>();

function patternsOf(catalog: MessageCatalog): [string, RegExp][] {
  let found = patterns.get(catalog);
  if (!found) {
    found = Object.entries(catalog).map(([key, make]) => {
      const sample = escape(make(...Array.from({ length: make.length }, (_, i) => slot(i))));
      return [key, new RegExp(`^${sample.replace(/\uE000\d+\uE000/g, '([\\s\\S]*?)')}$`)];
    });
    patterns.set(catalog, found);
  }
  return found;
}

/** Which message of the catalog the text is, with its values in the order the function takes them; null for any other text. */
export function matchMessage<C extends MessageCatalog>(catalog: C, text: string): MatchedMessage<Extract<keyof C, string>> | null {
  for (const [key, pattern] of patternsOf(catalog)) {
    const match = pattern.exec(text);
    if (match) return { key: key as Extract<keyof C, string>, values: match.slice(1) };
  }
  return null;
}
