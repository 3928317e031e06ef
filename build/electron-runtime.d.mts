/** The path of the installed Electron binary, or null when none is installed. */
export declare function findElectronRuntime(): string | null;
