import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { contentProblem, HEAD_BYTES } from '../../shared/import/chosen-file-check';
import { dmfPackage, exportedHeader, odataPage, utf16le } from '../support/import-fixtures';
import { synapseLinkExport, zippedFolder } from '../support/synapse-fixtures';

const problemOf = (name: string, bytes: Uint8Array) => contentProblem(name, bytes.subarray(0, HEAD_BYTES), async () => bytes);

describe('a chosen file looked at before Import', () => {
  it('is no export when its content is neither a zip nor JSON, whatever its name', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await problemOf('usmf_photo.zip', png)).toBe('usmf_photo.zip is not an export: its content is neither a .zip nor JSON, whatever its name says.');
    expect(await problemOf('page.json', new TextEncoder().encode('<html></html>'))).toBe('page.json is not an export: its content is neither a .zip nor JSON, whatever its name says.');
  });

  it('is fit when it is an OData page (UTF-8, with a byte order mark, UTF-16) or a whole package', async () => {
    const page = odataPage('RetailTransactions', [exportedHeader(1)]);
    expect(await problemOf('p.json', page)).toBeNull();
    expect(await problemOf('p.json', new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a, ...page]))).toBeNull();
    expect(await problemOf('p.json', utf16le(new TextDecoder().decode(page)))).toBeNull();
    expect(await problemOf('usrt.zip', dmfPackage([{ entityName: 'Transactions', file: 't.csv', rows: [exportedHeader(1)] }]))).toBeNull();
    // A zipped Synapse Link export has no Manifest.xml: its model.json makes it one.
    expect(await problemOf('retail-export.zip', zippedFolder('retail-export', synapseLinkExport()))).toBeNull();
  });

  it('is refused in the import’s words when its zip is cut short or holds no package', async () => {
    const whole = dmfPackage([{ entityName: 'Transactions', file: 't.csv', rows: [exportedHeader(1)] }]);
    expect(await problemOf('cut.zip', whole.subarray(0, 100))).toBe('cut.zip is a damaged or incomplete .zip: it cannot be opened. Export the package again.');
    expect(await problemOf('other.zip', zipSync({ 'a.txt': new Uint8Array([65]) }))).toBe('other.zip is a .zip but not a data management package: it has no Manifest.xml.');
  });
});
