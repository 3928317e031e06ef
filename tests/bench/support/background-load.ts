import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';

/**
 * Other work on the machine, as a person's workstation has it: one busy Node process per core,
 * each spinning until stopped. The bench turns it on while it times a person's clicks.
 */
export class BackgroundLoad {
  private busy: ChildProcess[] = [];

  async start(): Promise<number> {
    if (this.busy.length === 0) {
      this.busy = os.cpus().map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
      // A moment for the processes to be scheduled: the load is there when the first click goes.
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return this.busy.length;
  }

  async stop(): Promise<number> {
    for (const child of this.busy.splice(0)) child.kill('SIGKILL');
    return 0;
  }
}
