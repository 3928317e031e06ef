import { TRANSACTION_ENTITIES, type EntityName } from '../orders/transaction-entities';
import type { ImportedEntity } from './import-types';
import { retailTransactionAddressLines, retailTransactionAddressTransBiEntities, retailTransactionAuditableAddressLines } from './public-entities/address-lines';
import { retailTransactionAttributes, retailTransactionAttributeTransBiEntities } from './public-entities/attributes';
import { retailTransactionAuditableChargeLines, retailTransactionMarkupLines, retailTransactionMarkupTransBiEntities } from './public-entities/charge-lines';
import { retailTransactionAuditableDiscountLines, retailTransactionDiscountLines, retailTransactionDiscountTransBiEntities } from './public-entities/discount-lines';
import { retailTransactionGteTaxLines, retailTransactionTaxTransGtebiEntities } from './public-entities/gte-tax-lines';
import { retailTransactionInfoCodeLines, retailTransactionInfocodeTransBiEntities } from './public-entities/info-code-lines';
import { retailTransactionOrderStatusBiEntities } from './public-entities/order-status';
import {
  retailTransactionAuditablePaymentLines, retailTransactionPaymentLines, retailTransactionPaymentLinesV2, retailTransactionPaymentTransBiEntities,
} from './public-entities/payment-lines';
import { allProperties, type PublicEntity, type PublicProperty } from './public-entities/public-entity';
import {
  retailTransactionAuditableSalesLines, retailTransactionSalesLines, retailTransactionSalesLinesV2, retailTransactionSalesTransBiEntities,
} from './public-entities/sales-lines';
import { retailTransactionAuditableTaxLines, retailTransactionTaxLines, retailTransactionTaxTransBiEntities } from './public-entities/tax-lines';
import { retailTransactionTaxMeasureBiEntities, retailTransactionTaxMeasures } from './public-entities/tax-measures';
import { retailTransactionsAuditable, retailTransactions, retailTransactionTableBiEntities } from './public-entities/transactions';

/**
 * Every public entity the import reads, the first of each table being the one its Export writes
 * in a data management package's names. Which store a row is of: the V1/V2 entities and
 * RetailTransactionsAuditable key it by OperatingUnitNumber (their only store key, or the one
 * every entity of an export shares), the *BIEntities by the table's own store; a store number
 * beside the operating unit number (Store, StoreNumber) is kept as an other field.
 */
export const PUBLIC_ENTITIES: readonly PublicEntity[] = [
  retailTransactions, retailTransactionsAuditable, retailTransactionTableBiEntities,
  retailTransactionSalesLinesV2, retailTransactionSalesLines, retailTransactionAuditableSalesLines, retailTransactionSalesTransBiEntities,
  retailTransactionPaymentLinesV2, retailTransactionPaymentLines, retailTransactionAuditablePaymentLines, retailTransactionPaymentTransBiEntities,
  retailTransactionTaxLines, retailTransactionAuditableTaxLines, retailTransactionTaxTransBiEntities,
  retailTransactionDiscountLines, retailTransactionAuditableDiscountLines, retailTransactionDiscountTransBiEntities,
  retailTransactionMarkupLines, retailTransactionAuditableChargeLines, retailTransactionMarkupTransBiEntities,
  retailTransactionAddressLines, retailTransactionAuditableAddressLines, retailTransactionAddressTransBiEntities,
  retailTransactionInfoCodeLines, retailTransactionInfocodeTransBiEntities,
  retailTransactionAttributes, retailTransactionAttributeTransBiEntities,
  retailTransactionTaxMeasures, retailTransactionTaxMeasureBiEntities,
  retailTransactionGteTaxLines, retailTransactionTaxTransGtebiEntities,
  retailTransactionOrderStatusBiEntities,
];

const lower = (s: string) => s.trim().toLowerCase();

/** The label a table goes by in the app (the Edit and audit tabs), and for the order status its tab's name. */
export const tableLabel = (table: ImportedEntity): string =>
  table === 'RetailTransactionOrderStatus' ? 'Synchronization status' : TRANSACTION_ENTITIES[table as EntityName].label;

/** Each entity's properties by name in lower case: OData names, package columns (upper case) and Synapse's (lower case) all find them. */
const PROPERTIES = new Map(PUBLIC_ENTITIES.map((e) => [e, new Map(allProperties(e).map((p) => [lower(p[0]), p]))]));
export const propertyNamed = (entity: PublicEntity, name: string): PublicProperty | undefined => PROPERTIES.get(entity)?.get(lower(name));

/** The entity an OData entity set names (any case: "RetailTransactionOrderStatusBIEntities"). */
export const entityOfSet = (set: string): PublicEntity | null => PUBLIC_ENTITIES.find((e) => lower(e.set) === lower(set)) ?? null;

export type PackageMatch = 'label' | 'entity name' | 'entity set';

/** The entity a manifest's EntityName stands for: its label, as HQ writes it, or its AOT or entity set name. */
export function entityOfPackageName(name: string): { entity: PublicEntity; matchedBy: PackageMatch } | null {
  const n = lower(name);
  for (const [matchedBy, nameOf] of [['label', (e) => e.label], ['entity name', (e) => e.entity], ['entity set', (e) => e.set]] as const satisfies readonly (readonly [PackageMatch, (e: PublicEntity) => string | null])[]) {
    const entity = PUBLIC_ENTITIES.find((e) => nameOf(e) !== null && lower(nameOf(e)!) === n);
    if (entity) return { entity, matchedBy };
  }
  return null;
}

/** The entity set a navigation property of a row of `entity` holds rows of. */
export function entityOfNavigation(entity: PublicEntity, property: string): PublicEntity | null {
  const set = Object.entries(entity.navigation ?? {}).find(([name]) => lower(name) === lower(property))?.[1];
  return set ? entityOfSet(set) : null;
}

/**
 * The last resort, when nothing names a file's entity: the one whose properties the columns are
 * most of, all of its key there (but the company, which packages leave out), and at least half of
 * the columns its properties. A tie goes to the first listed.
 */
export function entityOfColumns(columns: readonly string[]): PublicEntity | null {
  let best: { entity: PublicEntity; score: number } | null = null;
  for (const entity of PUBLIC_ENTITIES) {
    const known = columns.filter((c) => propertyNamed(entity, c) !== undefined).length;
    const keyThere = entity.key.every((k) => k === 'dataAreaId' || columns.some((c) => lower(c) === lower(k)));
    const score = known / Math.max(1, columns.length);
    if (keyThere && score >= 0.5 && (!best || score > best.score)) best = { entity, score };
  }
  return best?.entity ?? null;
}

/** The entity whose names Export writes for a table: the first listed for it. */
export const exportEntityOf = (table: ImportedEntity): PublicEntity => PUBLIC_ENTITIES.find((e) => e.table === table)!;
