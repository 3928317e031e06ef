/** Work that can be told to go on: a pull paused on a lost network or a lapsed sign-in. */
export interface Resumable {
  resume(): void;
}

/**
 * The work under way in one HQ engine that waits for a person's word to go on, by the name it
 * answers to (a pull's import id, a refresh's workspace id), as the engine's cancels are: each
 * engine has its own, so a second engine (a window that took the work over) never sees the first's.
 */
export class Resumables {
  private readonly waiting = new Map<string, Resumable>();

  /** Registers the work under this name until the returned end is called. */
  add(name: string, work: Resumable): () => void {
    this.waiting.set(name, work);
    return () => {
      if (this.waiting.get(name) === work) this.waiting.delete(name);
    };
  }

  /** Tells the work by this name to go on; false when none is under way. */
  resume(name: string): boolean {
    const work = this.waiting.get(name);
    work?.resume();
    return work !== undefined;
  }

  has(name: string): boolean {
    return this.waiting.has(name);
  }
}
