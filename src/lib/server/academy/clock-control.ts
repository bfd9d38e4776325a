/**
 * Exercise control runs the shared clock for everyone: start, pause, resume, change the speed, switch exam
 * mode, end.
 */
import { pause, setSpeed, start, clockNow } from '../../core/clock.ts';
import type { Input } from '../../core/types.ts';
import { ACADEMY_SPEEDS, type ExerciseStatus } from '../../academy/events.ts';
import * as ex from '../repo/exercises.ts';
import { appendEvents, type NewEvent } from '../repo/events.ts';
import { AcademyError } from './errors.ts';
import { effectiveStatus, ev, nowOf, type Ctx, exerciseTx } from './context.ts';

export type ControlAction =
	| { action: 'start' }
	| { action: 'pause' }
	| { action: 'resume' }
	| { action: 'speed'; speed: number }
	| { action: 'exam'; on: boolean }
	| { action: 'end' };

export async function control(c: Ctx, exerciseId: string, by: string, a: ControlAction) {
	const now = nowOf(c);
	await exerciseTx(c, exerciseId, async (q) => {
		const e = await ex.lockExercise(q, exerciseId);
		if (!e) throw new AcademyError(404, 'No such exercise.');
		const status = effectiveStatus(e, now);
		if (status === 'ended') throw new AcademyError(409, 'The exercise has ended.');
		if (a.action === 'exam') {
			const on = a.on === true;
			await ex.setExam(q, e.id, on);
			await appendEvents(q, e.id, [
				ev('all', clockNow(e.clock, now), { kind: 'settings', exam: on, by })
			]);
			return;
		}
		let clock = e.clock;
		let next: ExerciseStatus = status;
		const extra: NewEvent[] = [];
		switch (a.action) {
			case 'start':
				if (status !== 'lobby') throw new AcademyError(409, 'The exercise has already started.');
				clock = start(clock, now);
				next = 'running';
				break;
			case 'pause':
				if (status !== 'running') throw new AcademyError(409, 'The exercise is not running.');
				clock = pause(clock, now);
				next = 'paused';
				break;
			case 'resume':
				if (status !== 'paused') throw new AcademyError(409, 'The exercise is not paused.');
				clock = start(clock, now);
				next = 'running';
				break;
			case 'speed':
				if (!(ACADEMY_SPEEDS as number[]).includes(a.speed))
					throw new AcademyError(400, `Speed must be one of ${ACADEMY_SPEEDS.join(', ')}.`);
				clock = setSpeed(clock, now, a.speed as 1 | 5 | 20);
				break;
			case 'end': {
				clock = pause(clock, now);
				next = 'ended';
				const end: Input = { kind: 'end', t: clock.anchorT };
				extra.push(ev('all', clock.anchorT, { kind: 'input', input: end, by }));
				break;
			}
		}
		await ex.setExerciseClock(q, e.id, next, clock);
		await appendEvents(q, e.id, [
			ev('all', clockNow(clock, now), { kind: 'clock', status: next, clock, by }),
			...extra
		]);
	});
	await c.hub.announce(exerciseId);
}
