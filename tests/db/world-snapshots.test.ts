/**
 * The academy server's worlds resume from persisted snapshots (server/academy/worlds.ts) and stay equal to
 * `replay(scenario, seed, inputs)`: for every shipped scenario, seeds, varied sessions (posts, re-posts,
 * deletions, pins, messages, injects for all and for one, cancels and moves), read as the log grows and after
 * simulated restarts. A damaged snapshot or one of another engine is ignored, never trusted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './backends.ts';
import type { Db } from '../../src/lib/server/db/index.ts';
import { createExercise } from '../../src/lib/server/academy/exercise-setup.ts';
import {
	forgetWorlds,
	ownWorldAt,
	remember,
	worldAt,
	SNAPSHOT_EVERY
} from '../../src/lib/server/academy/worlds.ts';
import { scenarioOf } from '../../src/lib/server/academy/scenarios.ts';
import { appendEvents } from '../../src/lib/server/repo/events.ts';
import { createParticipant, getExercise } from '../../src/lib/server/repo/exercises.ts';
import { loadSnapshot, saveSnapshot } from '../../src/lib/server/repo/snapshots.ts';
import { replay, stepInPlace } from '../../src/lib/core/engine.ts';
import { ENGINE_VERSION } from '../../src/lib/core/version.ts';
import type { Input } from '../../src/lib/core/types.ts';
import { variedSession } from '../fixtures/sessions.ts';
import { world, type World } from './fixtures.ts';

const SCENARIOS = readdirSync('scenarios')
	.filter((f) => f.endsWith('.yaml'))
	.sort();
const json = (x: unknown) => JSON.stringify(x);

describe.each(backends)('world snapshots on $name', ({ open }) => {
	let db: Db;
	let w: World;
	beforeAll(async () => {
		db = await open();
		w = await world(db);
	});
	afterAll(async () => {
		forgetWorlds();
		await db?.close();
	});

	async function exerciseOf(file: string, seed: number) {
		const r = await createExercise(w, {
			ownerId: w.instructor.id,
			yaml: readFileSync(`scenarios/${file}`, 'utf8'),
			file,
			seed
		});
		if (!r.ok) throw new Error(r.diagnostics.join('\n'));
		const a = await createParticipant(db, r.exercise.id, 'Ana', 'trainee');
		const b = await createParticipant(db, r.exercise.id, 'Ben', 'trainee');
		return { id: r.exercise.id, a: a.id, b: b.id };
	}

	it.each(SCENARIOS)(
		'%s: a world resumed from its snapshot equals a replay from the start',
		async (file) => {
			for (const seed of [1, 29]) {
				const { id, a, b } = await exerciseOf(file, seed);
				const scenario = scenarioOf((await getExercise(db, id))!);
				// Ana's own session; every fifth of her inputs is sent to everyone (an inject, a tick…).
				const log = variedSession(scenario, 36, { seed, gap: 5 * 60, end: false });
				const mine: Input[] = [];
				const theirs: Input[] = [];
				for (let i = 0; i < log.length; i += 4) {
					const chunk = log.slice(i, i + 4);
					await appendEvents(
						db,
						id,
						chunk.map((input, k) => {
							const all = (i + k) % 5 === 4;
							(all ? theirs : []).push(input);
							mine.push(input);
							return {
								audience: all ? 'all' : a,
								kind: 'input',
								t: input.t,
								payload: { kind: 'input', ...(all ? {} : { participantId: a }), input }
							};
						})
					);
					const ex = (await getExercise(db, id))!;
					const t = chunk.at(-1)!.t;
					if (i % 12 === 8) forgetWorlds(); // a restart: only the persisted snapshots remain
					const got = (await worldAt(db, ex, a, t)).state;
					expect(json(got)).toBe(
						json(replay(scenario, seed, [...mine, { kind: 'tick', t }]).state)
					);
					const other = (await worldAt(db, ex, b, t)).state;
					expect(json(other)).toBe(
						json(replay(scenario, seed, [...theirs, { kind: 'tick', t }]).state)
					);
				}
				const row = await loadSnapshot(db, id, a);
				if (mine.at(-1)!.t >= SNAPSHOT_EVERY) {
					expect(row?.engine).toBe(ENGINE_VERSION);
					expect(row!.seq).toBeGreaterThan(0);
				}
			}
		}
	);

	it('posts applied while the trainee watches the clock (previews) give the world the log replays', async () => {
		// askstate-live-qa, seed 2: a gaffe's wave quote due at 09:51 and a scripted post at 10:00; the previews'
		// clock ticks publish the quote first, a replay the scripted post first.
		const { id, a } = await exerciseOf('askstate-live-qa.yaml', 2);
		const scenario = scenarioOf((await getExercise(db, id))!);
		const posts = variedSession(scenario, 12, { seed: 2, end: false }).filter(
			(i) => i.kind === 'post' && !i.replyTo && !i.threadOf && !i.quoteOf
		);
		const log: Input[] = [];
		let last = 0;
		for (const input of posts) {
			let ex = (await getExercise(db, id))!;
			for (let t = last + 47; t < input.t; t += 47) await worldAt(db, ex, a, t);
			const own = await ownWorldAt(db, ex, a, input.t);
			stepInPlace(scenario, own.state, input);
			const [row] = await appendEvents(db, id, [
				{
					audience: a,
					kind: 'input',
					t: input.t,
					payload: { kind: 'input', participantId: a, input }
				}
			]);
			remember(id, a, { state: own.state, seq: row.seq });
			log.push(input);
			last = input.t;
			ex = (await getExercise(db, id))!;
			expect(json((await worldAt(db, ex, a, input.t)).state)).toBe(
				json(replay(scenario, 2, [...log, { kind: 'tick', t: input.t }]).state)
			);
		}
	});

	it('resumes from the snapshot (a marked one shows through); ignores a damaged or foreign one', async () => {
		const { id, a } = await exerciseOf('quake-consulate-rumour.yaml', 7);
		const scenario = scenarioOf((await getExercise(db, id))!);
		const log = variedSession(scenario, 30, { seed: 3, gap: 6 * 60, end: false });
		await appendEvents(
			db,
			id,
			log.map((input) => ({
				audience: a,
				kind: 'input',
				t: input.t,
				payload: { kind: 'input', participantId: a, input }
			}))
		);
		const ex = (await getExercise(db, id))!;
		const t = log.at(-1)!.t;
		const fresh = json(replay(scenario, 7, [...log, { kind: 'tick', t }]).state);
		expect(json((await worldAt(db, ex, a, t)).state)).toBe(fresh);
		const row = (await loadSnapshot(db, id, a))!;
		expect(row.seq).toBe(ex.lastSeq);

		// A marked snapshot is what a restarted server starts from: the mark shows, so it was resumed.
		const marked = JSON.parse(row.state);
		marked.feed[0] = { ...marked.feed[0], text: 'MARK' };
		await saveSnapshot(db, id, a, { ...row, state: json(marked) });
		forgetWorlds();
		expect((await worldAt(db, ex, a, t)).state.feed[0].text).toBe('MARK');

		for (const bad of [
			{ ...row, state: row.state.slice(0, 1000) },
			{ ...row, engine: 'e-another-engine', state: json(marked) },
			{ ...row, state: json({ ...marked, seed: 8 }) }
		]) {
			await saveSnapshot(db, id, a, bad);
			forgetWorlds();
			expect(json((await worldAt(db, ex, a, t)).state)).toBe(fresh);
		}
	});
});
