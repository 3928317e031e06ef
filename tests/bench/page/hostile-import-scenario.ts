// Scenario e: a hostile import, three million rows of which none can be stored. Read whole to its
// refusal (how long, how much heap: the report keeps 5,000 refusals and counts the rest), then
// again with the person's other commands and a Cancel sent while it reads: how soon each is answered.
import { badRowsPackage } from '../../support/hostile-zips';
import type { HostileImportRun } from './bench-api';
import { send } from './engine';

const OPTIONS = { company: 'USRT', dateLocale: 'en-US', acceptIncomplete: false } as const;
const OTHER_COMMANDS = 5;

export async function runHostileImport(rows: number): Promise<HostileImportRun> {
  const files = [{ name: 'usrt_bad-rows.zip', bytes: badRowsPackage(rows) }];
  const start = performance.now();
  const refusal = await send({ type: 'importFiles', importId: crypto.randomUUID(), files, options: OPTIONS }).then(() => 'imported', (e: Error) => e.message);
  const wholeMs = performance.now() - start;

  const importId = crypto.randomUUID();
  let reading: () => void = () => undefined;
  const read = new Promise<void>((resolve) => (reading = resolve));
  const running = send({ type: 'importFiles', importId, cancelId: importId, files, options: OPTIONS }, () => reading()).then(() => 'imported', (e: Error) => e.message);
  await read;
  const answersMs: number[] = [];
  for (let i = 0; i < OTHER_COMMANDS; i++) {
    const sent = performance.now();
    await send({ type: 'setFeatureEnabled', featureId: 'customer-orders-performance', enabled: i % 2 === 0 });
    answersMs.push(performance.now() - sent);
  }
  const canceledAt = performance.now();
  await send({ type: 'cancel', target: { cancelId: importId } });
  const canceled = await running;
  return { rows, packageBytes: files[0]!.bytes.byteLength, wholeMs, refusal, answersMs, cancelMs: performance.now() - canceledAt, canceled };
}
