import { z } from 'zod';
import { defineCommand, doneResult } from '../../command/define-command';
import { FEATURE_IDS, type FeatureId } from '../features';
import { setFeatureEnabled } from '../feature-management';

/** Feature management: a feature on or off, after its prerequisites and before what depends on it. */
export const setFeatureEnabledCommand = defineCommand({
  type: 'setFeatureEnabled',
  input: { featureId: z.enum(FEATURE_IDS as [FeatureId, ...FeatureId[]]), enabled: z.boolean() },
  result: doneResult,
  inImportedWorkspace: false,
  activity: 'changing the feature',
  handle: async ({ featureId, enabled }, ctx) => {
    await setFeatureEnabled(ctx.db, featureId, enabled, ctx.now());
    return {};
  },
});
