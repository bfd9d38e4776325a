/**
 * The scenario clock, as a pure value: it maps wall-clock milliseconds (passed in by the caller) to scenario
 * seconds. Pausing, resuming and changing speed re-anchor it, so scenario time never jumps.
 */
export type Speed = 1 | 5 | 20 | 'max';

export interface Clock {
	/** Scenario seconds at the anchor. */
	anchorT: number;
	/** Wall ms at the anchor. */
	anchorWall: number;
	speed: Speed;
	running: boolean;
	/** Scenario length: the clock stops there. */
	end: number;
}

/** Scenario seconds per wall second at 'max' (the UI still steps minute by minute). */
export const MAX_RATE = 600;

export function rate(speed: Speed): number {
	return speed === 'max' ? MAX_RATE : speed;
}

export function createClock(end: number, speed: Speed = 1): Clock {
	return { anchorT: 0, anchorWall: 0, speed, running: false, end };
}

export function clockNow(c: Clock, wall: number): number {
	if (!c.running) return c.anchorT;
	const t = c.anchorT + ((wall - c.anchorWall) / 1000) * rate(c.speed);
	return Math.min(c.end, Math.max(c.anchorT, Math.floor(t)));
}

export function start(c: Clock, wall: number): Clock {
	return c.running ? c : { ...c, running: true, anchorWall: wall };
}

export function pause(c: Clock, wall: number): Clock {
	return c.running ? { ...c, running: false, anchorT: clockNow(c, wall), anchorWall: wall } : c;
}

export function setSpeed(c: Clock, wall: number, speed: Speed): Clock {
	return { ...c, anchorT: clockNow(c, wall), anchorWall: wall, speed };
}

/** Jump forward to scenario time `t` (e.g. the next event); never backwards. */
export function jumpTo(c: Clock, wall: number, t: number): Clock {
	const now = clockNow(c, wall);
	return { ...c, anchorT: Math.min(c.end, Math.max(now, t)), anchorWall: wall };
}
