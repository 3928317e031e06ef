import { afterEach, describe, expect, it, vi } from 'vitest';
import { WriterHandover, type HandoverPorts } from '../../renderer/hq/writer-handover';
import { WRITER_LOCK } from '../../renderer/hq/writer-lock';

const opened: BroadcastChannel[] = [];
afterEach(() => {
  for (const channel of opened.splice(0)) channel.close();
});

/** One window: its own end of the channel (Node's BroadcastChannel, as a browser's), and the browser's locks as they stand. */
function window(held: () => boolean): WriterHandover {
  const channel = new BroadcastChannel('sync-console-writer');
  opened.push(channel);
  const ports: HandoverPorts = {
    channel: channel as unknown as HandoverPorts['channel'],
    locks: { query: async () => ({ held: held() ? [{ name: WRITER_LOCK, mode: 'exclusive', clientId: 'worker' }] : [], pending: [] }) },
  };
  return new WriterHandover(ports);
}

describe('moving the work between windows', () => {
  it('finds the writer, which hands the work over once its worker lets go, and only then', async () => {
    let lockHeld = true;
    const writer = window(() => lockHeld);
    const second = window(() => lockHeld);
    const events: string[] = [];
    writer.serve(async () => {
      events.push('released');
      lockHeld = false;
      return null;
    }, (to) => events.push(`handed over to ${to === second.id ? 'the second window' : to}`));

    expect(await second.lockHeld()).toBe(true);
    expect(await second.findWriter()).toBe(writer.id);
    expect(await second.requestWork(writer.id)).toEqual({ kind: 'handedOver' });
    expect(events).toEqual(['released', 'handed over to the second window']);
    expect(await second.lockHeld()).toBe(false);
  });

  it('keeps the work where values are typed and not saved, and says which', async () => {
    const writer = window(() => true);
    const second = window(() => true);
    let handedOver = false;
    writer.serve(async () => ['USRT-SO', 'NOR0000058'], () => (handedOver = true));
    expect(await second.requestWork(await second.findWriter() as string)).toEqual({ kind: 'refused', unsaved: ['USRT-SO', 'NOR0000058'] });
    expect(handedOver).toBe(false);
  });

  it('hears no writer where none answers (a reloaded page’s worker letting go), and no answer from one gone', async () => {
    vi.useFakeTimers();
    try {
      const alone = window(() => true);
      const found = alone.findWriter();
      await vi.advanceTimersByTimeAsync(1_500);
      expect(await found).toBeNull();
      const answer = alone.requestWork(crypto.randomUUID());
      await vi.advanceTimersByTimeAsync(3_000);
      expect(await answer).toEqual({ kind: 'noAnswer' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores messages that are not the protocol’s', async () => {
    const writer = window(() => true);
    let asked = 0;
    writer.serve(async () => {
      asked += 1;
      return null;
    }, () => undefined);
    const stranger = new BroadcastChannel('sync-console-writer');
    opened.push(stranger);
    stranger.postMessage({ type: 'handOver', from: 'not-a-window', to: writer.id });
    stranger.postMessage({ type: 'handOver', from: crypto.randomUUID(), to: writer.id, extra: true });
    stranger.postMessage('hand it over');
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toBe(0);
  });
});
