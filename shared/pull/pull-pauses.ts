import type { Resumables } from '../command/resumables';
import { PullPause } from './pull-pause';

/**
 * A pause for a pull or refresh under way, registered with the engine's resumables by its id (a
 * pull's import id, a refresh's workspace id) until the returned end: resumePull names it there.
 */
export function pauseFor(resumables: Resumables, id: string): { pause: PullPause; end: () => void } {
  const pause = new PullPause();
  return { pause, end: resumables.add(id, pause) };
}
