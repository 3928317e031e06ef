import type { ChosenFolder } from './chosen-folder';

/** What was dropped: loose files, and folders with every file in them. */
export interface DroppedItems {
  files: File[];
  folders: ChosenFolder[];
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** A folder's entries: readEntries gives them a batch at a time (a hundred in Chromium) until it gives none. */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const isFolder = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;

async function filesUnder(folder: FileSystemDirectoryEntry, prefix: string, into: { path: string; file: File }[]): Promise<void> {
  for (const entry of await entriesOf(folder)) {
    const path = `${prefix}${entry.name}`;
    if (isFolder(entry)) await filesUnder(entry, `${path}/`, into);
    else into.push({ path, file: await fileOf(entry as FileSystemFileEntry) });
  }
}

/**
 * What a drop carries. The entries must be taken while the drop event is handled (the browser
 * empties its DataTransfer afterwards); the folders are then walked at leisure. A drop the
 * browser gives no entries for (one a page made up) carries its files only.
 */
export function droppedItems(transfer: DataTransfer): Promise<DroppedItems> {
  const folders: FileSystemDirectoryEntry[] = [];
  const files: File[] = [];
  for (const item of [...transfer.items]) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    if (entry && isFolder(entry)) folders.push(entry);
    else {
      const file = item.getAsFile();
      if (file) files.push(file);
    }
  }
  return Promise.all(folders.map(async (folder) => {
    const found: { path: string; file: File }[] = [];
    await filesUnder(folder, '', found);
    return { name: folder.name, files: found };
  })).then((walked) => ({ files, folders: walked }));
}
