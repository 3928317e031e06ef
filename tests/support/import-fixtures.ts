import { zipSync } from 'fflate';
import type { ImportSource } from '../../shared/import/import-types';

/** Text as CSV-Unicode and D365's XML files are written: UTF-16 LE with a byte order mark. */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

const quote = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A CSV file as DMF writes it: upper-case field names, comma separated, CRLF line ends. */
export const csv = (rows: readonly Record<string, unknown>[]): string => {
  const columns = Object.keys(rows[0] ?? {});
  return [columns.map((c) => c.toUpperCase()).join(','), ...rows.map((r) => columns.map((c) => quote(r[c])).join(','))].join('\r\n') + '\r\n';
};

export interface PackageEntity {
  entityName: string;
  file: string;
  format?: 'CSV-Unicode' | 'CSV';
  rows: readonly Record<string, unknown>[];
  /** The data file's bytes as they should be written, to build a broken package; else encoded from rows per format. */
  bytes?: Uint8Array;
}

/** A data management package: Manifest.xml and PackageHeader.xml (UTF-16 LE, one line), one data file per entity. */
export function dmfPackage(entities: readonly PackageEntity[], options: { omitFiles?: string[] } = {}): Uint8Array {
  const entries = entities.map((e) => `<DataManagementPackageEntityData><DefaultRefreshType>FullPush</DefaultRefreshType><Enabled>true</Enabled><EntityMapList/><EntityName>${e.entityName}</EntityName><ExecutionUnit>1</ExecutionUnit><InputFilePath>${e.file}</InputFilePath><SourceFormat>${e.format ?? 'CSV-Unicode'}</SourceFormat></DataManagementPackageEntityData>`).join('');
  const manifest = `<DataManagementPackageManifest xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.microsoft.com/dynamics/2015/01/DataManagement"><DefinitionGroupName>Retail audit</DefinitionGroupName><PackageEntityList>${entries}</PackageEntityList></DataManagementPackageManifest>`;
  const header = '<DataManagementPackageHeader xmlns="http://schemas.microsoft.com/dynamics/2015/01/DataManagement"><PackageType>DefinitionGroup</PackageType><PackageVersion>2</PackageVersion></DataManagementPackageHeader>';
  const files: Record<string, Uint8Array> = { 'Manifest.xml': utf16le(manifest), 'PackageHeader.xml': utf16le(header) };
  for (const e of entities) {
    if (options.omitFiles?.includes(e.file)) continue;
    files[e.file] = e.bytes ?? ((e.format ?? 'CSV-Unicode') === 'CSV' ? new TextEncoder().encode(csv(e.rows)) : utf16le(csv(e.rows)));
  }
  return zipSync(files);
}

/** An OData JSON page of an entity set. */
export const odataPage = (entitySet: string, value: unknown[], nextLink?: string): Uint8Array =>
  new TextEncoder().encode(JSON.stringify({ '@odata.context': `https://usrt.operations.example/data/$metadata#${entitySet}`, value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) }));

export const source = (name: string, bytes: Uint8Array): ImportSource => ({ name, bytes });

/** A transaction header as RetailTransactions exports it. */
export const exportedHeader = (n: number, patch: Record<string, unknown> = {}) => ({
  dataAreaId: 'usrt', OperatingUnitNumber: 'HOUSTON', Terminal: 'HOUSTON-1', TransactionNumber: `HOUSTON-1-${n}`, ChannelReferenceId: `WEB${String(n).padStart(6, '0')}`,
  CustomerAccount: '004021', TransactionType: 'Sales', TransactionDate: '2026-09-20T00:00:00Z', TransactionTime: 36000 + n, GrossAmount: 108, NetAmount: 100,
  PaymentAmount: 108, Currency: 'USD', CreatedOffline: 'No', ...patch,
});

/** A sales line as RetailTransactionSalesLinesV2 exports it. */
export const exportedLine = (n: number, line: number, patch: Record<string, unknown> = {}) => ({
  dataAreaId: 'usrt', OperatingUnitNumber: 'HOUSTON', Terminal: 'HOUSTON-1', TransactionNumber: `HOUSTON-1-${n}`, LineNumber: line, ItemId: '0001',
  Quantity: -1, Price: 100, NetAmount: 100, TaxAmount: 8, ...patch,
});
