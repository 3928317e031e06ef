import { describe, expect, it } from 'vitest';
import { droppedItems } from '../../renderer/screens/import/dropped-items';
import { folderProblem, foldersOfPicked } from '../../renderer/screens/import/chosen-folder';
import { canImport } from '../../renderer/screens/import/chosen-files';

/** A folder as the browser's entries API gives a dropped one: its entries a batch at a time, as Chromium's readEntries does. */
function folderEntry(name: string, children: FileSystemEntry[], batch = 2): FileSystemDirectoryEntry {
  return {
    name, isDirectory: true, isFile: false,
    createReader: () => {
      let at = 0;
      return { readEntries: (done: (entries: FileSystemEntry[]) => void) => { done(children.slice(at, at + batch)); at += batch; } };
    },
  } as unknown as FileSystemDirectoryEntry;
}
const fileEntry = (name: string, text = 'x'): FileSystemFileEntry =>
  ({ name, isDirectory: false, isFile: true, file: (done: (file: File) => void) => done(new File([text], name)) }) as unknown as FileSystemFileEntry;

const item = (entry: FileSystemEntry | null, file: File | null = null) => ({ kind: 'file', webkitGetAsEntry: () => entry, getAsFile: () => file });
const transfer = (items: ReturnType<typeof item>[]) => ({ items }) as unknown as DataTransfer;

describe('a folder chosen for import', () => {
  it('is walked whole when dropped, every file by its path below it, beside the loose files dropped with it', async () => {
    const folder = folderEntry('retail-export', [
      fileEntry('model.json', '{}'), fileEntry('extra.txt'),
      folderEntry('2026-05-01T10.00.00Z', [folderEntry('retailtransactiontable', [fileEntry('2026.csv'), fileEntry('2027.csv'), fileEntry('2028.csv')])]),
    ]);
    const loose = new File(['{}'], 'RetailTransactions.json');
    const { files, folders } = await droppedItems(transfer([item(folder), item(null, loose)]));
    expect(files).toEqual([loose]);
    expect(folders.map((f) => [f.name, f.files.map((x) => x.path)])).toEqual([['retail-export', [
      'model.json', 'extra.txt', '2026-05-01T10.00.00Z/retailtransactiontable/2026.csv', '2026-05-01T10.00.00Z/retailtransactiontable/2027.csv', '2026-05-01T10.00.00Z/retailtransactiontable/2028.csv',
    ]]]);
  });

  it('is grouped from the folder picker’s relative paths, and checked before anything is read', () => {
    const picked = (path: string, size = 1) => Object.defineProperty(new File(['x'.repeat(size)], path.slice(path.lastIndexOf('/') + 1)), 'webkitRelativePath', { value: path });
    const [folder] = foldersOfPicked([picked('lake/retail.manifest.cdm.json'), picked('lake/RetailTransactionTable/part-1.csv')]);
    expect(folder).toMatchObject({ name: 'lake', files: [{ path: 'retail.manifest.cdm.json' }, { path: 'RetailTransactionTable/part-1.csv' }] });
    expect(folderProblem(folder!)).toBeNull();
    expect(canImport([], new Map(), [folder!])).toBe(true);
    const [noMetadata] = foldersOfPicked([picked('photos/2026.csv')]);
    expect(folderProblem(noMetadata!)).toBe('noMetadata');
    expect(canImport([], new Map(), [noMetadata!])).toBe(false);
  });
});
