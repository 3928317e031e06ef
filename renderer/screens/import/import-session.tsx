import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RunCounts } from '../../../shared/runner/job-runs';
import type { ImportedBeforeWorkspace } from '../../../shared/import/commands/import-files';
import { CommandError } from '../../hq/hq-client';
import { useServices } from '../../hq/hq-context';
import { addChosen, canImport } from './chosen-files';
import { checkChosenFile, type ContentCheck } from './content-checks';
import { addChosenFolders, type ChosenFolder } from './chosen-folder';
import { companyOfFileName } from '../../../shared/import/import-options';
import { initialSettings, rememberCompany, settingsValid, type ImportSettings } from './import-settings';

/** Where an import stands. Rows read and the time they took give the rate the progress shows. */
export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading'; importId: string }
  | { kind: 'importing'; importId: string; rowsRead: number; elapsedMs: number; canceling: boolean }
  | { kind: 'succeeded'; workspaceId: string; counts: RunCounts | null }
  | { kind: 'failed'; message: string }
  /** A chosen file could no longer be read (moved, deleted or locked since it was chosen). */
  | { kind: 'unreadable'; file: string }
  /** OData pages are missing from their chains: nothing was imported yet; the person imports what is there, or cancels. */
  | { kind: 'incomplete'; missing: string[] }
  /** The same files were imported before, into a workspace still there: nothing was imported; the person opens that one, or imports again. */
  | { kind: 'importedBefore'; workspace: ImportedBeforeWorkspace }
  | { kind: 'canceled' };

export interface ImportSession {
  files: File[];
  /** What each chosen file's content was found to be (content-checks.ts), and why an import refused one. */
  checks: ReadonlyMap<File, ContentCheck>;
  /** Folders chosen whole (Synapse Link / Data Lake exports), each listed once. */
  folders: ChosenFolder[];
  phase: ImportPhase;
  /** What the person says of the export: the company of rows without one, and its dates' regional format. */
  settings: ImportSettings;
  setSettings(patch: Partial<ImportSettings>): void;
  /** The File menu asked for the file picker, and the Import screen has not opened it yet. */
  pickerRequested: boolean;
  choose(files: readonly File[], folders?: readonly ChosenFolder[]): void;
  remove(file: File): void;
  removeFolder(folder: ChosenFolder): void;
  /** With acceptIncomplete, imports what is there of OData chains with missing pages; with importAgain, files imported before. */
  start(word?: { acceptIncomplete?: boolean; importAgain?: boolean }): Promise<void>;
  cancel(): void;
  requestPicker(): void;
  /** The Import screen takes the request as it opens the picker, so it opens once per request. */
  takePickerRequest(): void;
  dismissOutcome(): void;
}

const ImportSessionContext = createContext<ImportSession | null>(null);

const busy = (phase: ImportPhase) => phase.kind === 'reading' || phase.kind === 'importing';

/**
 * The import lives above the screens, not in the Import screen: files dropped anywhere in the
 * window or asked for by the File menu land here before the screen opens, and an import under way
 * keeps going (and keeps its progress and outcome) while the person looks at other screens.
 */
export function ImportSessionProvider({ children }: { children: ReactNode }) {
  const { hq } = useServices();
  const [files, setFiles] = useState<File[]>([]);
  const [checks, setChecks] = useState<ReadonlyMap<File, ContentCheck>>(new Map());
  const check = useCallback((file: File, result: ContentCheck) => setChecks((current) => new Map(current).set(file, result)), []);
  const [folders, setFolders] = useState<ChosenFolder[]>([]);
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [pickerRequested, setPickerRequested] = useState(false);
  const [settings, setSettingsState] = useState<ImportSettings>(initialSettings);
  const setSettings = useCallback((patch: Partial<ImportSettings>) => setSettingsState((current) => ({ ...current, ...patch })), []);
  // A Cancel pressed while the files are still being read has no import in the worker to reach yet.
  const canceled = useRef(false);
  const running = useRef<string | null>(null);

  const start = useCallback(async ({ acceptIncomplete = false, importAgain = false } = {}) => {
    if (busy(phase) || !canImport(files, checks, folders) || !settingsValid(settings, files)) return;
    rememberCompany(settings.company);
    const importId = crypto.randomUUID();
    canceled.current = false;
    setPhase({ kind: 'reading', importId });
    const sources: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
    // A folder's files go by their paths in it, the folder's name first: the import finds the export's layout by them.
    const named = [...files.map((file) => ({ name: file.name, file })), ...folders.flatMap((folder) => folder.files.map((f) => ({ name: `${folder.name}/${f.path}`, file: f.file })))];
    for (const { name, file } of named) {
      try {
        sources.push({ name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } catch {
        return setPhase({ kind: 'unreadable', file: name });
      }
      if (canceled.current) return setPhase({ kind: 'canceled' });
    }
    const startedAt = performance.now();
    running.current = importId;
    setPhase({ kind: 'importing', importId, rowsRead: 0, elapsedMs: 0, canceling: false });
    try {
      const options = { company: settings.company.trim() || null, dateLocale: settings.dateLocale, acceptIncomplete, importAgain };
      const outcome = await hq.execute({ type: 'importFiles', importId, cancelId: importId, files: sources, options }, (counts) =>
        setPhase((p) => (p.kind === 'importing' ? { ...p, rowsRead: counts.processed, elapsedMs: performance.now() - startedAt } : p)));
      if (outcome.kind === 'pagesMissing') return setPhase({ kind: 'incomplete', missing: outcome.missingPages });
      if (outcome.kind === 'importedBefore') return setPhase({ kind: 'importedBefore', workspace: outcome.workspace });
      setFiles([]);
      setFolders([]);
      setPhase({ kind: 'succeeded', workspaceId: importId, counts: outcome.counts });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The file the import refused stays listed, marked with why, until it is removed.
      const refused = error instanceof CommandError ? files.find((f) => f.name === error.refusedFile) : undefined;
      if (refused) check(refused, { refused: message });
      setPhase(canceled.current ? { kind: 'canceled' } : { kind: 'failed', message });
    } finally {
      running.current = null;
    }
  }, [checks, check, files, folders, hq, phase, settings]);

  const cancel = useCallback(() => {
    canceled.current = true;
    const importId = running.current;
    if (importId === null) return; // still reading the files: start() stops before sending them
    setPhase((p) => (p.kind === 'importing' ? { ...p, canceling: true } : p));
    // The import's own rejection says what happened; this command only asks.
    void hq.execute({ type: 'cancel', target: { cancelId: importId } }).catch(() => undefined);
  }, [hq]);

  // Stable, so the window's drop handler and the menu listener need not be installed again on every change.
  const dismissOutcome = useCallback(() => setPhase((p) => (busy(p) ? p : { kind: 'idle' })), []);
  const choose = useCallback((added: readonly File[], addedFolders: readonly ChosenFolder[] = []) => {
    setFiles((current) => addChosen(current, added));
    // Each file's content is looked at as it is chosen: a picture named .zip is said at once, not after Import.
    for (const file of added) {
      check(file, 'checking');
      void checkChosenFile(file).then((found) => check(file, found));
    }
    setFolders((current) => addChosenFolders(current, addedFolders));
    // A package HQ exported is named after its company ("usmf_…zip"): that company, unless the person typed one.
    const named = added.map((f) => companyOfFileName(f.name)).find((c) => c !== null);
    if (named) setSettingsState((current) => (current.companyTyped ? current : { ...current, company: named }));
    // New files start a new import: the last outcome describes other files.
    dismissOutcome();
  }, [check, dismissOutcome]);
  const remove = useCallback((file: File) => setFiles((current) => current.filter((f) => f !== file)), []);
  const removeFolder = useCallback((folder: ChosenFolder) => setFolders((current) => current.filter((f) => f !== folder)), []);
  const requestPicker = useCallback(() => setPickerRequested(true), []);
  const takePickerRequest = useCallback(() => setPickerRequested(false), []);

  const session = useMemo<ImportSession>(() => ({
    files, checks, folders, phase, settings, setSettings, pickerRequested, start, cancel, choose, remove, removeFolder, requestPicker, takePickerRequest, dismissOutcome,
  }), [files, checks, folders, phase, settings, setSettings, pickerRequested, start, cancel, choose, remove, removeFolder, requestPicker, takePickerRequest, dismissOutcome]);

  return <ImportSessionContext.Provider value={session}>{children}</ImportSessionContext.Provider>;
}

export function useImportSession(): ImportSession {
  const session = useContext(ImportSessionContext);
  if (!session) throw new Error('useImportSession outside ImportSessionProvider');
  return session;
}
