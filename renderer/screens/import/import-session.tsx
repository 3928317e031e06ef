import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RunCounts } from '../../../shared/runner/job-runs';
import { useServices } from '../../hq/hq-context';
import { addChosen, canImport } from './chosen-files';

/** Where an import stands. Rows read and the time they took give the rate the progress shows. */
export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading'; importId: string }
  | { kind: 'importing'; importId: string; rowsRead: number; elapsedMs: number; canceling: boolean }
  | { kind: 'succeeded'; workspaceId: string; counts: RunCounts | null }
  | { kind: 'failed'; message: string }
  /** A chosen file could no longer be read (moved, deleted or locked since it was chosen). */
  | { kind: 'unreadable'; file: string }
  | { kind: 'canceled' };

export interface ImportSession {
  files: File[];
  phase: ImportPhase;
  /** The File menu asked for the file picker, and the Import screen has not opened it yet. */
  pickerRequested: boolean;
  choose(files: readonly File[]): void;
  remove(file: File): void;
  start(): Promise<void>;
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
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [pickerRequested, setPickerRequested] = useState(false);
  // A Cancel pressed while the files are still being read has no import in the worker to reach yet.
  const canceled = useRef(false);
  const running = useRef<string | null>(null);

  const start = useCallback(async () => {
    if (busy(phase) || !canImport(files)) return;
    const importId = crypto.randomUUID();
    canceled.current = false;
    setPhase({ kind: 'reading', importId });
    const sources: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
    for (const file of files) {
      try {
        sources.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } catch {
        return setPhase({ kind: 'unreadable', file: file.name });
      }
      if (canceled.current) return setPhase({ kind: 'canceled' });
    }
    const startedAt = performance.now();
    running.current = importId;
    setPhase({ kind: 'importing', importId, rowsRead: 0, elapsedMs: 0, canceling: false });
    try {
      const outcome = await hq.execute({ type: 'importFiles', importId, files: sources }, (counts) =>
        setPhase((p) => (p.kind === 'importing' ? { ...p, rowsRead: counts.processed, elapsedMs: performance.now() - startedAt } : p)));
      setFiles([]);
      setPhase({ kind: 'succeeded', workspaceId: importId, counts: outcome.counts });
    } catch (error) {
      setPhase(canceled.current ? { kind: 'canceled' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.current = null;
    }
  }, [files, hq, phase]);

  const cancel = useCallback(() => {
    canceled.current = true;
    const importId = running.current;
    if (importId === null) return; // still reading the files: start() stops before sending them
    setPhase((p) => (p.kind === 'importing' ? { ...p, canceling: true } : p));
    // The import's own rejection says what happened; this command only asks.
    void hq.execute({ type: 'cancelImport', importId }).catch(() => undefined);
  }, [hq]);

  // Stable, so the window's drop handler and the menu listener need not be installed again on every change.
  const dismissOutcome = useCallback(() => setPhase((p) => (busy(p) ? p : { kind: 'idle' })), []);
  const choose = useCallback((added: readonly File[]) => {
    setFiles((current) => addChosen(current, added));
    // New files start a new import: the last outcome describes other files.
    dismissOutcome();
  }, [dismissOutcome]);
  const remove = useCallback((file: File) => setFiles((current) => current.filter((f) => f !== file)), []);
  const requestPicker = useCallback(() => setPickerRequested(true), []);
  const takePickerRequest = useCallback(() => setPickerRequested(false), []);

  const session = useMemo<ImportSession>(() => ({
    files, phase, pickerRequested, start, cancel, choose, remove, requestPicker, takePickerRequest, dismissOutcome,
  }), [files, phase, pickerRequested, start, cancel, choose, remove, requestPicker, takePickerRequest, dismissOutcome]);

  return <ImportSessionContext.Provider value={session}>{children}</ImportSessionContext.Provider>;
}

export function useImportSession(): ImportSession {
  const session = useContext(ImportSessionContext);
  if (!session) throw new Error('useImportSession outside ImportSessionProvider');
  return session;
}
