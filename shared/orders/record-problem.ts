import { TRANSACTION_ENTITIES, type EntityName } from './transaction-entities';
import { inSentence } from './field-rules';

/**
 * One thing wrong with one record: the table, the line (null for a header or the table as a
 * whole), the field and what is wrong with it; with no field, the reason is a whole clause.
 */
export interface RecordProblem {
  entity: EntityName;
  /** The row in words ("line 2", "sales line 2, discount line 1"); null for a header or the table as a whole. */
  line: string | null;
  field: string | null;
  reason: string;
}

/** "Sales transactions, line 2: quantity is missing." */
export function describeRecordProblem({ entity, line, field, reason }: RecordProblem): string {
  const table = TRANSACTION_ENTITIES[entity];
  const where = line === null ? table.label : `${table.label}, ${line}`;
  const spec = field === null ? undefined : (table.fields as Record<string, { label: string } | undefined>)[field];
  if (field === null) return `${where}: ${reason}.`;
  return `${where}: ${spec ? inSentence(spec.label) : `field ${field}`} ${reason}.`;
}

/** Several problems, as the Order error details or an upload's set-aside reason shows them: one per line. */
export const describeRecordProblems = (problems: readonly RecordProblem[]): string => problems.map(describeRecordProblem).join('\n');
