import { z } from 'zod';

/**
 * How much may cross a process boundary (IPC, the HQ worker's messages) in one message. Every
 * schema of shared/contracts takes its bounds from here, so an oversized message is refused
 * before any handler runs and nothing oversized is ever persisted (runner.json, IndexedDB).
 * The numbers are far above what the UI sends and far below what would hurt.
 */
export const LIMITS = {
  /** Any identifier: a store, region, channel database group, batch job, operation, code. */
  idLength: 100,
  /** Channel database groups one job request may name (the demo HQ has a handful). */
  channelDatabaseGroups: 100,
  /** Batch jobs one installation (one user's runner) may hold. */
  batchJobs: 200,
  /** Free text that is not an id: an error, a setting, a range bound. */
  shortText: 1_000,
  /** An error or outcome message sent back. */
  message: 4_000,
  /** Runs whose end waits for room on a full disk, reported to the UI at once (one per run the disk stopped). */
  runEnds: 1_000,
  /** Numbers a person types (a sequence's Next and Largest): within exact integers. */
  largestNumber: Number.MAX_SAFE_INTEGER,
} as const;

/** An identifier: present, and not longer than any real one. */
export const idSchema = z.string().min(1).max(LIMITS.idLength);

/** A list of channel database group ids, or null for every group. */
export const channelDatabaseGroupIdsSchema = z.array(idSchema).max(LIMITS.channelDatabaseGroups).nullable();

/** A counter or row id: a whole number IndexedDB's ++id or the runner could have given. */
export const counterSchema = z.number().int().min(0).max(LIMITS.largestNumber);

/** A message cut to what a contract carries, so a long error still reaches the other side (and a run still ends) rather than being refused. */
export const clipMessage = (text: string): string => (text.length > LIMITS.message ? `${text.slice(0, LIMITS.message - 1)}…` : text);
