import { hqConnectionSchema, type HqConnection } from '../../shared/pull/hq-connection';

/**
 * The stored list of connections: electron-store in the desktop app (settings-like, in its userData
 * folder), conf (the library electron-store is built on) in the browser host's local server. Both
 * hold JSON a person could edit: whatever is there is validated, and a connection that is not valid
 * is left out rather than trusted.
 */
export interface StoredValue {
  read(): unknown;
  write(value: HqConnection[]): void;
}

export class ConnectionStore {
  constructor(private readonly backing: StoredValue) {}

  list(): HqConnection[] {
    const raw = this.backing.read();
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((entry) => {
      const parsed = hqConnectionSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  }

  get(id: string): HqConnection | null {
    return this.list().find((c) => c.id === id) ?? null;
  }

  /** Adds the connection, or replaces the one with its id. */
  put(connection: HqConnection): void {
    const others = this.list().filter((c) => c.id !== connection.id);
    this.backing.write([...others, hqConnectionSchema.parse(connection)]);
  }

  remove(id: string): void {
    this.backing.write(this.list().filter((c) => c.id !== id));
  }
}
