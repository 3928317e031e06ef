import type { FieldErrors } from '../../shared/platform/validation-error';

/** An engine command's refusal as the UI receives it: a message in words, and field errors when input was invalid. */
export type CommandRefused = Error & { fieldErrors?: FieldErrors };

/** The message of a command that must be refused (fails the test if it is not). */
export async function refusal(command: Promise<unknown>): Promise<string> {
  const outcome = await command.then(() => null, (e: unknown) => e);
  if (!(outcome instanceof Error)) throw new Error('the command was expected to be refused');
  return outcome.message;
}
