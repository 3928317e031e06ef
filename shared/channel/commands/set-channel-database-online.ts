import { z } from 'zod';
import { defineCommand, doneResult } from '../../command/define-command';
import { idSchema } from '../../platform/limits';
import { setChannelDatabaseOnline } from '../simulator/channel-simulator-commands';

/** A channel database taken offline (its upload sessions are retried, then canceled) or back online. */
export const setChannelDatabaseOnlineCommand = defineCommand({
  type: 'setChannelDatabaseOnline',
  input: { channelDatabaseId: idSchema, online: z.boolean() },
  result: doneResult,
  inImportedWorkspace: false,
  activity: 'changing the channel database',
  handle: async ({ channelDatabaseId, online }, ctx) => {
    await setChannelDatabaseOnline(ctx.db, channelDatabaseId, online);
    return {};
  },
});
