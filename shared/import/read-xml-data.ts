import { XMLParser } from 'fast-xml-parser';
import { ImportRefused } from './import-types';

/**
 * The rows of a package's XML data file (source formats XML-Element and XML-Attribute): the
 * elements under the root, one a row, each child element's text and each attribute a column.
 * Read whole, after the zip inflated it: an XML data file is read as one document.
 */
export function xmlDataRows(pieces: readonly Uint8Array[], where: string, packageName: string): { rows: Record<string, string>[]; columns: string[] } {
  const bytes = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.byteLength;
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  let tree: unknown;
  try {
    const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8', { fatal: true }).decode(bytes);
    tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false, textNodeName: '#text' }).parse(text);
  } catch {
    throw new ImportRefused(`${where} cannot be read as an XML data file.`, packageName);
  }
  const root = Object.entries(typeof tree === 'object' && tree !== null ? tree : {}).find(([tag]) => !tag.startsWith('?'))?.[1];
  const rows: Record<string, string>[] = [];
  const columns = new Set<string>();
  for (const [tag, elements] of Object.entries(typeof root === 'object' && root !== null ? root : {})) {
    if (tag.startsWith('xmlns')) continue;
    for (const element of [elements].flat()) {
      const row: Record<string, string> = {};
      for (const [column, value] of Object.entries(typeof element === 'object' && element !== null ? element : {})) {
        if (column.startsWith('xmlns')) continue;
        const cell = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['#text'] : value;
        row[column] = cell === undefined || cell === null ? '' : String(cell);
        columns.add(column);
      }
      rows.push(row);
    }
  }
  return { rows, columns: [...columns] };
}
