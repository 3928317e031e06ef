import { companyKey } from './import-options';
import type { ColumnPlan, ConvertedRow } from './convert-row';
import { tableLabel } from './entity-maps';
import type { EntityMatch, ImportedPart } from './import-types';
import type { PublicEntity } from './public-entities/public-entity';

/** "RetailTransactions (Transactions)": the entity set, and the label a package names it by. */
export const sourceName = (entity: PublicEntity): string => (entity.label ? `${entity.set} (${entity.label})` : entity.set);

/**
 * What the report says of one entity read from one file: how it was known, its rows, each column
 * mapped to a field or kept as an other field, and what the import decided for it.
 */
export class PartTally {
  rowsRead = 0;
  private companyGiven = 0;
  private readonly mapped = new Map<string, string>();
  private readonly kept = new Set<string>();
  private readonly unknown = new Set<string>();
  private readonly notes: string[] = [];

  constructor(readonly path: string, readonly entity: PublicEntity, private readonly matchedBy: EntityMatch) {}

  /** A plan's columns, once per distinct set of columns met. */
  plan(plan: ColumnPlan): void {
    const { mapped, kept, unknown } = plan.describe();
    for (const m of mapped) this.mapped.set(m.column, m.field);
    for (const k of kept) this.kept.add(k);
    for (const u of unknown) this.unknown.add(u);
  }

  row(row: ConvertedRow): void {
    this.rowsRead += 1;
    if (row.companyGiven) this.companyGiven += 1;
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  finish(company: string | null): ImportedPart {
    const notes = [...this.notes];
    if (this.companyGiven > 0) {
      notes.unshift(`${this.companyGiven} row(s) carried no company: they were given ${companyKey(company ?? '').toUpperCase()}, as chosen on the Import screen`);
    }
    return {
      path: this.path, entity: this.entity.table, entityLabel: tableLabel(this.entity.table), rowsRead: this.rowsRead,
      source: sourceName(this.entity), matchedBy: this.matchedBy,
      columnsMapped: [...this.mapped].map(([column, field]) => ({ column, field })), columnsKept: [...this.kept], columnsUnknown: [...this.unknown], notes,
    };
  }
}

/** The plans of one file's rows, by their columns: an OData page's rows usually all have the same properties. */
export class PlanCache {
  private readonly plans = new Map<string, ColumnPlan>();

  constructor(private readonly make: (columns: readonly string[]) => ColumnPlan, private readonly tally: PartTally) {}

  of(columns: readonly string[]): ColumnPlan {
    const signature = columns.join('\u0000');
    let plan = this.plans.get(signature);
    if (!plan) {
      plan = this.make(columns);
      this.plans.set(signature, plan);
      this.tally.plan(plan);
    }
    return plan;
  }
}
