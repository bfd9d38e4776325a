import { formatTime } from '../scenario/time.ts';

/** Minutes from the start → the scenario's "hh:mm" (whole minutes). */
export const at = (minutes: number) => formatTime(Math.round(minutes) * 60);
