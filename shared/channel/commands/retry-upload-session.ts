import { z } from 'zod';
import { defineCommand } from '../../command/define-command';
import { clipMessage, counterSchema, LIMITS } from '../../platform/limits';
import { applyUploadSession } from '../upload/upload-channel-transactions';

/** Upload sessions' Retry: the session applied again; answers the rows read, added and set aside, and why it failed if it did. */
export const retryUploadSessionCommand = defineCommand({
  type: 'retryUploadSession',
  input: { sessionId: counterSchema },
  result: z.object({ read: counterSchema, added: counterSchema, setAside: counterSchema, error: z.string().max(LIMITS.message).nullable() }),
  inImportedWorkspace: false,
  activity: 'applying the upload session',
  handle: async ({ sessionId }, ctx) => {
    const { read, added, setAside, error } = await applyUploadSession(ctx.db, sessionId, ctx);
    return { read, added, setAside, error: error === null ? null : clipMessage(error) };
  },
});
