import { describe, expect, it } from 'vitest';
import { matchPattern } from '../../shared/import/synapse/partition-patterns';
import { locate } from '../../shared/import/synapse/cdm-paths';
import { sinkTime } from '../../shared/import/synapse/row-versions';

// The partitions folder of microsoft/CDM's TestData (DataPartitionPattern/TestPartitionPatternWithGlob), beside another folder.
const FILES = ['partitions/testfile.csv', 'partitions/testfile.cs', 'partitions/sub/testsubfile.csv', 'partitions/sub/deeper/cohort1.csv', 'other/testfile.csv'];
const glob = (pattern: string, rootLocation = '/partitions') => {
  const match = matchPattern(FILES, 'manifests', { rootLocation, globPattern: pattern });
  return 'files' in match ? match.files : match.problem;
};

describe('CDM data partition patterns, by the object model’s rules', () => {
  it('reads a glob pattern as CDM defines it: * within a folder, ** across folders, ? one character, \\ as /, the rest literal', () => {
    expect(glob('/*.csv')).toEqual(['partitions/testfile.csv']);
    expect(glob('*.csv')).toEqual(['partitions/testfile.csv']);
    expect(glob('/*/*.csv')).toEqual(['partitions/sub/testsubfile.csv']);
    expect(glob('/**/*.csv')).toEqual(['partitions/testfile.csv', 'partitions/sub/testsubfile.csv', 'partitions/sub/deeper/cohort1.csv']);
    expect(glob('**')).toEqual(FILES.filter((f) => f.startsWith('partitions/')));
    expect(glob('/**.csv')).toEqual(['partitions/testfile.csv']);
    expect(glob('/test?ile.csv')).toEqual(['partitions/testfile.csv']);
    expect(glob('/testfile.cs?')).toEqual(['partitions/testfile.csv']);
    expect(glob('\\testfile.csv')).toEqual(['partitions/testfile.csv']);
    expect(glob('test.ile.csv')).toEqual([]);
    // rootLocation without a leading '/' is from the manifest's folder.
    expect(glob('/*.csv', 'partitions')).toEqual([]);
    expect(glob('/*.csv', '../partitions')).toEqual(['partitions/testfile.csv']);
  });

  it('matches a regular expression against the whole name below rootLocation, and refuses one whose repeated group repeats', () => {
    const regex = (expression: string) => matchPattern(FILES, '', { rootLocation: 'partitions/', regularExpression: expression });
    expect(regex('/(\\w*)/testsubfile.csv')).toEqual({ files: ['partitions/sub/testsubfile.csv'] });
    expect(regex('(.*)file.csv')).toEqual({ files: ['partitions/testfile.csv', 'partitions/sub/testsubfile.csv'] });
    expect(regex('/(?:(\\w+)/)+cohort(\\d+)\\.csv')).toEqual({ files: ['partitions/sub/deeper/cohort1.csv'] });
    expect(regex('(\\w+)+\\.csv')).toEqual({ problem: expect.stringMatching(/repeats a group that itself repeats/) });
    expect(regex('([a-z')).toEqual({ problem: 'its regularExpression ([a-z is not a regular expression' });
  });

  it('finds a partition a model.json names by its lake URL, and a manifest’s by its corpus path', () => {
    const files = new Map(['2026-05-01T10.00.00Z/retailtransactiontable/2026.csv', 'RetailTransactionTable/part.csv'].map((p) => [p.toLowerCase(), p]));
    expect(locate(files, 'https://usrt.dfs.core.windows.net/dataverse-usrt/2026-05-01T10.00.00Z/retailtransactiontable/2026.csv', '')).toBe('2026-05-01T10.00.00Z/retailtransactiontable/2026.csv');
    expect(locate(files, 'local:/RetailTransactionTable/part.csv', 'manifests')).toBe('RetailTransactionTable/part.csv');
    expect(locate(files, '../RetailTransactionTable/part.csv', 'manifests')).toBe('RetailTransactionTable/part.csv');
    expect(locate(files, 'RetailTransactionTable/part-2.csv', '')).toBeNull();
    // A Power BI dataflow's model.json names a blob snapshot (microsoft/CDM, docs/schema/examples/OrdersProducts/model.json).
    expect(locate(files, 'https://x.blob.core.windows.net/0682aad0/RetailTransactionTable/part.csv?snapshot=2018-11-14T19:37:51.7526830Z', '')).toBe('RetailTransactionTable/part.csv');
  });

  it('reads SinkModifiedOn as Synapse Link writes it, month first with AM and PM, or ISO 8601', () => {
    expect(sinkTime('4/14/2026 8:21:50 PM')).toBe(Date.UTC(2026, 3, 14, 20, 21, 50));
    expect(sinkTime('4/14/2026 12:00:00 AM')).toBe(Date.UTC(2026, 3, 14, 0, 0, 0));
    expect(sinkTime('2026-04-14T20:21:50Z')).toBe(Date.UTC(2026, 3, 14, 20, 21, 50));
    expect(sinkTime('yesterday')).toBeNull();
  });
});
