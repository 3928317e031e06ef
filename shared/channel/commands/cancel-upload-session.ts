import { defineCommand, doneResult } from '../../command/define-command';
import { counterSchema } from '../../platform/limits';

/** Upload sessions' Cancel: a session not applied is Canceled, and the next P-0001 packages its range again. */
export const cancelUploadSessionCommand = defineCommand({
  type: 'cancelUploadSession',
  input: { sessionId: counterSchema },
  result: doneResult,
  inImportedWorkspace: false,
  activity: 'canceling the upload session',
  handle: async ({ sessionId }, { db }) => {
    await db.uploadSessions.where('id').equals(sessionId).and((s) => s.status !== 'Applied').modify({ status: 'Canceled' });
    return {};
  },
});
