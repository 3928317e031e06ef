import { unzipSync } from 'fflate';
import { transactionPackage } from './page/dmf-package';
const n = Number(process.argv[2] ?? 20000);
const p = transactionPackage(n);
console.log('transactions', n, 'headers', p.headers, 'lines', p.salesLines, 'zip MB', (p.bytes.byteLength / 2**20).toFixed(2));
const files = unzipSync(p.bytes);
for (const [name, data] of Object.entries(files)) {
  const text = new TextDecoder(data[0] === 0xff ? 'utf-16le' : 'utf-8').decode(data);
  const lines = text.split('\r\n');
  const cols = lines[0]!.split(',').length;
  let maxLine = 0; let maxCell = 0;
  for (const l of lines) { maxLine = Math.max(maxLine, l.length); for (const c of l.split(',')) maxCell = Math.max(maxCell, c.length); }
  console.log(name, 'inflated MB', (data.byteLength / 2**20).toFixed(2), 'rows', lines.length - 2, 'columns', cols, 'max line chars', maxLine, 'max cell', maxCell);
}
