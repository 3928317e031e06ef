import { describe, expect, it } from 'vitest';
import { hqCommandSchema, hqRequestSchema } from '../../shared/contracts/hq-commands';
import { describeRefusal } from '../../shared/platform/describe-refusal';
import { badVariants } from '../support/oversized';
import { validCommands } from '../support/valid-commands';

describe('HQ command limits: what the UI may ask the HQ worker', () => {
  it('takes the valid example of every command', () => {
    for (const command of Object.values(validCommands)) expect(hqCommandSchema.safeParse(command).success, command.type).toBe(true);
  });

  it.each(Object.values(validCommands).map((c) => [c.type, c] as const))('refuses every oversized, deeply nested and wrong-typed variant of %s, in words', (_type, command) => {
    const variants = badVariants(command);
    expect(variants.length).toBeGreaterThanOrEqual(5); // the payload and its type at least
    for (const { name, payload } of variants) {
      const parsed = hqRequestSchema.safeParse({ requestId: 1, command: payload });
      expect(parsed.success, `${command.type}: ${name}`).toBe(false);
      expect(describeRefusal(parsed.error!)).toMatch(/^Sync Console refused this request: command/);
    }
  });

  it('refuses every bad variant of an Integration synchronization run for chosen couplings, and takes the valid ones', () => {
    const runFor = (records: unknown) => ({ type: 'runJob', job: { jobId: 'integration-synchronization', records }, trigger: 'manual', batchJobId: null });
    const synchronize = runFor({ action: 'synchronize', couplingIds: [1, 2], choice: { direction: 'get' }, user: 'karin' });
    const restore = runFor({ action: 'restoreRecords', couplingIds: [1], user: 'karin' });
    for (const command of [synchronize, restore]) {
      expect(hqCommandSchema.safeParse(command).success).toBe(true);
      for (const { name, payload } of badVariants(command)) expect(hqRequestSchema.safeParse({ requestId: 1, command: payload }).success, name).toBe(false);
    }
  });

  it('refuses a request id that is not a counter', () => {
    for (const requestId of [-1, 1.5, 1e300, '1']) expect(hqRequestSchema.safeParse({ requestId, command: validCommands.cancel }).success).toBe(false);
  });
});
