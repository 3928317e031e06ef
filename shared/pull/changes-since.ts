/**
 * How far before a pull or refresh began the next refresh reads HQ's changes from. HQ stamps a row
 * with its own clock when its transaction commits, which may be behind this workstation's, and a row
 * committed while its page was being read was not in it: reading a margin twice costs only rows that
 * merge as unchanged.
 */
export const CHANGES_MARGIN_MS = 15 * 60_000;

export const changesSinceOf = (startedAt: Date): string => new Date(startedAt.getTime() - CHANGES_MARGIN_MS).toISOString();
