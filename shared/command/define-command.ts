import { z } from 'zod';
import type { CommandContext } from './command-context';

/** A command's whole input as it crosses to the HQ worker: its type, then its own fields. */
export type CommandInput<T extends string, S extends z.ZodRawShape> = z.ZodObject<{ type: z.ZodLiteral<T> } & S>;

/** What a command says of itself: one file of its feature's commands/ folder (docs/architecture.md, "Commands"). */
export interface CommandSpec<T extends string, S extends z.ZodRawShape, R extends z.ZodType> {
  /** The name the client sends it by. */
  type: T;
  /** Its fields (the type is added): validated by the HQ worker before anything runs. A long command takes `cancelId`. */
  input: S;
  /** What it answers with: validated by the client on arrival. */
  result: R;
  /**
   * Whether an imported workspace, an audit of another headquarters' data, may run it
   * (contracts/imported-workspace.ts): what would change what was exported may not.
   */
  inImportedWorkspace: boolean;
  /** The inputs an imported workspace may run all the same, where inImportedWorkspace is false (a job run that writes to no HQ). */
  inImportedWorkspaceFor?: (input: z.output<CommandInput<T, S>>) => boolean;
  /** The command as its failure names it: "… could not finish {activity}". */
  activity: string | ((input: z.output<CommandInput<T, S>>) => string);
  /**
   * false for a command that writes nothing of its own (a cancel) or says itself whether its writes
   * found room (a job run): otherwise its going through tells the storage status there is room again.
   */
  provesRoom?: false;
  /**
   * true for long work nobody sits waiting on (a job run, an import, the simulators). Every other
   * command is a person's, which long work gives way to between its items (runner/people-waiting.ts);
   * a command sent with a cancelId (a Synchronize all) is long work too.
   */
  long?: true;
  handle(input: z.output<CommandInput<T, S>>, ctx: CommandContext): Promise<z.output<R>>;
}

/** A command as the registry holds it (engine/command-registry.ts). */
export interface CommandDefinition<T extends string = string, S extends z.ZodRawShape = z.ZodRawShape, R extends z.ZodType = z.ZodType> {
  readonly type: T;
  readonly input: CommandInput<T, S>;
  readonly result: R;
  readonly inImportedWorkspace: boolean;
  /** Whether this input may run in an imported workspace: inImportedWorkspace, or the command says so of this input. */
  allowedInImportedWorkspace(input: z.output<CommandInput<T, S>>): boolean;
  readonly provesRoom: boolean;
  readonly long: boolean;
  activityOf(input: z.output<CommandInput<T, S>>): string;
  handle(input: z.output<CommandInput<T, S>>, ctx: CommandContext): Promise<z.output<R>>;
}

export function defineCommand<T extends string, S extends z.ZodRawShape, R extends z.ZodType>(spec: CommandSpec<T, S, R>): CommandDefinition<T, S, R> {
  const { type, activity } = spec;
  return {
    type,
    input: z.object({ type: z.literal(type), ...spec.input }) as CommandInput<T, S>,
    result: spec.result,
    inImportedWorkspace: spec.inImportedWorkspace,
    allowedInImportedWorkspace: (input) => spec.inImportedWorkspace || (spec.inImportedWorkspaceFor?.(input) ?? false),
    provesRoom: spec.provesRoom ?? true,
    long: spec.long ?? false,
    activityOf: (input) => (typeof activity === 'string' ? activity : activity(input)),
    handle: (input, ctx) => spec.handle(input, ctx),
  };
}

/**
 * The id a client chooses for a long command it may want to stop (a uuid): the command takes it as
 * `cancelId`, and `{ type: 'cancel', target: { cancelId } }` stops it between items.
 */
export const cancelIdSchema = z.uuid();

/** The answer of a command that has nothing to report but that it was done. */
export const doneResult = z.strictObject({});

/** Who did it, as the audit trail, the edits and the jobs name them. */
export const userSchema = z.string().min(1).max(100);
