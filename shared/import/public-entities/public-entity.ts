import type { ImportedEntity } from '../import-types';
import type { RealEnumName } from './real-enums';

/** A property's type in $metadata: an Edm primitive, or one of the enum types of real-enums.ts. */
export type EdmType = 'String' | 'Decimal' | 'Int32' | 'Int64' | 'DateTimeOffset' | 'Guid';
export type PropertyType = EdmType | RealEnumName;

/**
 * One property of a public entity: its name exactly as $metadata spells it (the OData property),
 * its type, and the field of this database it fills; without a field, its value is kept on the row
 * as an other field from the export, under this name. A data management package's column is the
 * same name in upper case (packageColumn): DMF writes each data entity's field names so, as the
 * package HQ exported shows (Manifest.xml's EntityField DESCRIPTION, MAJORTYPEID).
 */
export type PublicProperty = readonly [name: string, type: PropertyType, field?: string];

/**
 * What HQ exports of one table: one OData entity set, the data entity behind it (its AOT name and
 * its label, which is the EntityName a package's Manifest.xml carries and the name of its data
 * file: "Transactions", "Sales transactions V2"), its key and every property. The files in this
 * folder are the table of every real name: data, read by the import, the export and the report.
 *
 * Synapse Link / Data Lake exports carry the tables' own field names in lower case, with enums as
 * integers: the *BIEntities sets are the tables' field names (store, terminal, receiptId…), so a
 * Synapse source is that list lower-cased, and the enum types here read its integers.
 */
export interface PublicEntity {
  readonly table: ImportedEntity;
  readonly set: string;
  /** The data entity's AOT name, as a manifest may name it; null where no public source names one. */
  readonly entity: string | null;
  /** Its label in Data management; null where no public source gives it (its package is then matched by entity name or columns). */
  readonly label: string | null;
  /** The key properties, as $metadata lists them: a row without one of them cannot be stored. */
  readonly key: readonly string[];
  readonly properties: readonly PublicProperty[];
  /**
   * Fields of the data entity that a package carries but the OData $metadata does not list
   * (Microsoft's CDM schema of the entity). CDM gives no types: they are read as text.
   */
  readonly packageOnly?: readonly PublicProperty[];
  /** Navigation properties whose rows belong to the row they are nested in: property → entity set. */
  readonly navigation?: Readonly<Record<string, string>>;
  /** The property that names the store by its store number, where the key names it by its operating unit number (Store, StoreNumber): see store-numbers.ts. */
  readonly storeNumber?: string;
  /** Properties that fill the transaction's order status besides (or instead of) a field of this table: property → status field. */
  readonly statusProperties?: Readonly<Record<string, string>>;
}

/** The column a data management package gives a property: its name in upper case. */
export const packageColumn = (name: string): string => name.toUpperCase();

/** Every property of the entity, those only a package carries included. */
export const allProperties = (entity: PublicEntity): readonly PublicProperty[] => [...entity.properties, ...(entity.packageOnly ?? [])];
