import type { ImportReport, RefusalGroup, RejectedRow } from './import-types';

/** Groups past which further kinds of refusal are counted together: a file of a million different reasons is no export. */
const MAX_GROUPS = 1_000;
/** The reason of the group that counts every kind of refusal past MAX_GROUPS. */
export const OTHER_REASONS = 'other reasons';

/**
 * The kind of a reason: the value it quotes left out (and a duplicate's transaction), so that
 * refusals of one kind count together.
 */
export const reasonKind = (reason: string): string =>
  reason.replace(/ \((?:'[^']*'|[^()]*)\)/g, '').replace(/^(a second row for) .*$/, '$1 a transaction or line (a duplicate key)');

/**
 * The refused rows (or the warnings) of an import: the first `keep` in full, each with its place;
 * the rest counted by file, field and reason. Three million bad rows cost a few thousand rows of
 * report, not gigabytes, and the report stays quick to show.
 */
export class RefusalLog {
  readonly kept: RejectedRow[] = [];
  private readonly groups = new Map<string, RefusalGroup>();
  private total = 0;

  constructor(private readonly keep: number) {}

  add(row: RejectedRow): void {
    this.total += 1;
    if (this.kept.length < this.keep) {
      this.kept.push(row);
      return;
    }
    let reason = reasonKind(row.reason);
    let key = `${row.file}\u0000${row.field ?? ''}\u0000${reason}`;
    if (!this.groups.has(key) && this.groups.size >= MAX_GROUPS) {
      reason = OTHER_REASONS;
      key = `\u0000${OTHER_REASONS}`;
    }
    const group = this.groups.get(key) ?? { file: reason === OTHER_REASONS ? '' : row.file, field: reason === OTHER_REASONS ? null : row.field, reason, rows: 0 };
    group.rows += 1;
    this.groups.set(key, group);
  }

  get count(): number {
    return this.total;
  }

  /** Those not kept in full, by file, field and reason, the most frequent first. */
  get more(): RefusalGroup[] {
    return [...this.groups.values()].sort((a, b) => b.rows - a.rows);
  }
}

/** How many rows an import refused: those kept in full and those counted (a report written before the counting has the first alone). */
export const rejectedCount = (report: Pick<ImportReport, 'rejected' | 'rejectedMore'>): number =>
  report.rejected.length + (report.rejectedMore ?? []).reduce((n, g) => n + g.rows, 0);

export const warningCount = (report: Pick<ImportReport, 'warnings' | 'warningsMore'>): number =>
  (report.warnings ?? []).length + (report.warningsMore ?? []).reduce((n, g) => n + g.rows, 0);
