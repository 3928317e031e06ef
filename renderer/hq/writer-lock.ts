/** The Web Lock the HQ worker holds while it is the one writer of the headquarters database (across tabs and windows). */
export const WRITER_LOCK = 'sync-console-hq-writer';
