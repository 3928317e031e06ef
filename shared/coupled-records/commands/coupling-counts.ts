import { z } from 'zod';
import { runCountsSchema } from '../../runner/run-outcome';

/** The answer of an action on couplings: how many it acted on (succeeded) and how many its rule left alone (skipped). */
export const couplingCountsResult = z.object({ counts: runCountsSchema });
