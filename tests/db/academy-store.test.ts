/**
 * The academy store and exercise runtime, on both backends (embedded PGlite and a real PostgreSQL server):
 * migrations, sessions, join codes, the shared clock, posts (durable, scored, identical to a replay), injects
 * to everyone or to chosen trainees, team clearance, comments and overrides, and the gap-free event log.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { backends } from './backends.ts';
import type { Db } from '../../src/lib/server/db/index.ts';
import { migrate } from '../../src/lib/server/db/migrations.ts';
import { createExercise } from '../../src/lib/server/academy/exercise-setup.ts';
import { joinExercise, teamsForCode } from '../../src/lib/server/academy/joining.ts';
import { control } from '../../src/lib/server/academy/clock-control.ts';
import { inject } from '../../src/lib/server/academy/injects.ts';
import { submitPost } from '../../src/lib/server/academy/posting.ts';
import { decideDraft, draftsOf } from '../../src/lib/server/academy/clearance.ts';
import { annotate } from '../../src/lib/server/academy/annotations.ts';
import { inputsOf, forgetWorlds, worldAt } from '../../src/lib/server/academy/worlds.ts';
import { scenarioOf } from '../../src/lib/server/academy/scenarios.ts';
import { replay } from '../../src/lib/core/engine.ts';
import { eventsAfter } from '../../src/lib/server/repo/events.ts';
import * as ex from '../../src/lib/server/repo/exercises.ts';
import { createSession, resolveSession } from '../../src/lib/server/repo/sessions.ts';
import { countUsers, createUser } from '../../src/lib/server/repo/users.ts';
import { quakeYaml, QUAKE, world, type World } from './fixtures.ts';
import type { EventRow } from '../../src/lib/server/repo/events.ts';

describe.each(backends)('academy store on $name', ({ open }) => {
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

	async function newExercise(extra: Partial<Parameters<typeof createExercise>[1]> = {}) {
		const r = await createExercise(w, {
			ownerId: w.instructor.id,
			yaml: quakeYaml(),
			file: QUAKE,
			seed: 42,
			...extra
		});
		if (!r.ok) throw new Error(r.diagnostics.join('\n'));
		return r;
	}

	it('migrates once: a second run applies nothing', async () => {
		expect(await migrate(db)).toEqual([]);
	});

	it('refuses a broken scenario with file:line:col diagnostics, storing nothing', async () => {
		const before = (await ex.listExercisesFor(db, w.instructor.id)).length;
		const r = await createExercise(w, {
			ownerId: w.instructor.id,
			yaml: quakeYaml().replace('duration: 3h', 'duration: three hours'),
			file: 'upload.yaml'
		});
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.diagnostics.join('\n')).toMatch(/^upload\.yaml:10:\d+/m);
		expect((await ex.listExercisesFor(db, w.instructor.id)).length).toBe(before);
	});

	it('sessions: only the token hash is stored; expired and unknown tokens resolve to nobody', async () => {
		const { token } = await createSession(db, { userId: w.instructor.id }, 60_000, w.wall.ms);
		const rows = await db.query<{ token_hash: string }>('SELECT token_hash FROM auth_sessions');
		expect(rows.some((r) => r.token_hash === token)).toBe(false);
		expect(await resolveSession(db, token, w.wall.ms)).toMatchObject({
			kind: 'instructor',
			username: 'ines'
		});
		expect(await resolveSession(db, token, w.wall.ms + 61_000)).toBeUndefined();
		expect(await resolveSession(db, token + 'x', w.wall.ms)).toBeUndefined();
	});

	it('join codes: forgiving to type, clear when unknown, expired or revoked', async () => {
		const { exercise, code } = await newExercise();
		expect(code.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
		const typed = code.code.toLowerCase().replace(/-/g, ' ');
		const j = await joinExercise(w, { code: typed, name: 'Ana' });
		expect(j.exerciseId).toBe(exercise.id);
		await expect(joinExercise(w, { code: 'AAAA-AAAA-AAAA-AAAA', name: 'Eve' })).rejects.toThrow(
			/does not match/
		);
		await expect(joinExercise(w, { code: 'short', name: 'Eve' })).rejects.toThrow(/16 letters/);
		await expect(joinExercise(w, { code: code.code, name: '  ' })).rejects.toThrow(
			/display name is empty/
		);
		await expect(joinExercise(w, { code: code.code, name: 'a\u0007b' })).rejects.toThrow(
			/control characters/
		);
		const fresh = await ex.issueJoinCode(db, exercise.id, 1000, w.wall.ms);
		await expect(joinExercise(w, { code: code.code, name: 'Eve' })).rejects.toThrow(/replaced/);
		w.wall.ms += 2000;
		await expect(joinExercise(w, { code: fresh.code, name: 'Eve' })).rejects.toThrow(/expired/);
		expect((await teamsForCode(w, fresh.code)).error).toMatch(/expired/);
	});

	it('a trainee account rejoins its own seat (another device), under its own name', async () => {
		const before = await countUsers(db);
		const acct = await createUser(db, {
			username: 'tia',
			displayName: 'Tia Account',
			passwordHash: 'x',
			role: 'trainee'
		});
		expect(await countUsers(db)).toBe(before); // trainee accounts do not close the first-run page
		const { token } = await createSession(db, { userId: acct.id }, 60_000, w.wall.ms);
		expect(await resolveSession(db, token, w.wall.ms)).toMatchObject({
			kind: 'account',
			displayName: 'Tia Account'
		});
		const { exercise, code } = await newExercise();
		const account = { userId: acct.id, displayName: 'Tia Account' };
		const one = await joinExercise(w, { code: code.code, name: undefined, account });
		const two = await joinExercise(w, { code: code.code, name: 'ignored', account });
		expect(two.participant.id).toBe(one.participant.id);
		expect(two.member.id).toBe(one.member.id);
		expect(one.member.displayName).toBe('Tia Account');
		expect(two.session.token).not.toBe(one.session.token);
		const other = await joinExercise(w, { code: code.code, name: 'Walk-in' });
		expect(other.participant.id).not.toBe(one.participant.id);
		expect((await ex.listParticipants(db, exercise.id)).length).toBe(2);
	});

	it('runs the shared clock: start, pause, resume, speed, end — each a logged event', async () => {
		const { exercise } = await newExercise({ speed: 5 });
		await expect(control(w, exercise.id, 'ines', { action: 'pause' })).rejects.toThrow(
			/not running/
		);
		await control(w, exercise.id, 'ines', { action: 'start' });
		w.wall.ms += 60_000; // 1 min wall at 5× = 5 scenario minutes
		await control(w, exercise.id, 'ines', { action: 'pause' });
		let e = (await ex.getExercise(db, exercise.id))!;
		expect(e.status).toBe('paused');
		expect(e.clock.anchorT).toBe(300);
		w.wall.ms += 600_000; // paused: time stands still
		await control(w, exercise.id, 'ines', { action: 'resume' });
		await control(w, exercise.id, 'ines', { action: 'speed', speed: 20 });
		w.wall.ms += 30_000; // 30 s at 20× = 10 min
		await expect(control(w, exercise.id, 'ines', { action: 'speed', speed: 7 })).rejects.toThrow(
			/Speed must be/
		);
		await control(w, exercise.id, 'ines', { action: 'end' });
		e = (await ex.getExercise(db, exercise.id))!;
		expect(e.status).toBe('ended');
		expect(e.clock.anchorT).toBe(900);
		const log = await eventsAfter(db, exercise.id, 0);
		expect(log.map((r) => r.kind)).toEqual(['clock', 'clock', 'clock', 'clock', 'clock', 'input']);
		expect(log.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
		await expect(control(w, exercise.id, 'ines', { action: 'resume' })).rejects.toThrow(/ended/);
	});

	it('posts are scored, logged before the ack, and equal to a fresh replay of the log', async () => {
		const { exercise, code } = await newExercise({ speed: 20 });
		const a = await joinExercise(w, { code: code.code, name: 'Ana' });
		const b = await joinExercise(w, { code: code.code, name: 'Ben' });
		const who = (j: typeof a) => ({
			memberId: j.member.id,
			participantId: j.participant.id,
			displayName: j.member.displayName,
			isLead: j.member.isLead
		});
		await expect(submitPost(w, exercise.id, who(a), { text: 'too early' })).rejects.toThrow(
			/not started/
		);
		await control(w, exercise.id, 'ines', { action: 'start' });
		w.wall.ms += 45_000; // 15 scenario minutes
		const text =
			'Our thoughts are with everyone affected by the earthquake. The consulate is open; call +31 20 555 0100 for help.';
		const r = await submitPost(w, exercise.id, who(a), { text });
		expect(r.status).toBe('published');
		if (r.status !== 'published') return;
		expect(r.t).toBe(900);
		expect(r.score.overall).toBeGreaterThan(0);
		const stored = await eventsAfter(db, exercise.id, r.seq - 1);
		expect(stored[0]).toMatchObject({ kind: 'input', audience: a.participant.id });

		// HTML is text: stored verbatim, never interpreted.
		const html = '<script>alert(1)</script> <b>bold</b>';
		const h = await submitPost(w, exercise.id, who(b), { text: html });
		expect(h.status).toBe('published');
		await expect(submitPost(w, exercise.id, who(b), { text: 'x'.repeat(5001) })).rejects.toThrow(
			/too long: 5,001/
		);
		await expect(submitPost(w, exercise.id, who(b), { text: 42 })).rejects.toThrow(/missing/);
		await expect(
			submitPost(w, exercise.id, who(b), { text: 'hi', replyTo: 'nope' })
		).rejects.toThrow(/not in your timeline/);

		// Ben's post moved only Ben's world.
		const e = (await ex.getExercise(db, exercise.id))!;
		const scenario = scenarioOf(e);
		const ana = await inputsOf(db, e.id, a.participant.id);
		expect(ana.map((x) => x.input.kind)).toEqual(['post']);
		const ben = await inputsOf(db, e.id, b.participant.id);
		expect(ben[0].input).toMatchObject({ kind: 'post', text: html });

		// The server's world equals a fresh replay of the stored log (also after a restart: caches dropped).
		const t = 1500;
		const live = (await worldAt(db, e, a.participant.id, t)).state;
		const fresh = replay(scenario, e.seed, [...ana.map((x) => x.input), { kind: 'tick', t }]).state;
		expect(JSON.stringify(live)).toBe(JSON.stringify(fresh));
		forgetWorlds();
		const rebuilt = (await worldAt(db, e, a.participant.id, t)).state;
		expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(fresh));

		await control(w, exercise.id, 'ines', { action: 'pause' });
		await expect(submitPost(w, exercise.id, who(a), { text: 'during pause' })).rejects.toThrow(
			/paused/
		);
	});

	it('every change to the exercise reaches the next post (its row is remembered on PGlite)', async () => {
		const { exercise, code } = await newExercise({ speed: 20 });
		const a = await joinExercise(w, { code: code.code, name: 'Ana' });
		const b = await joinExercise(w, { code: code.code, name: 'Ben' });
		const who = (j: typeof a) => ({
			memberId: j.member.id,
			participantId: j.participant.id,
			displayName: j.member.displayName,
			isLead: j.member.isLead
		});
		const post = async (j: typeof a, text: string) => {
			const r = await submitPost(w, exercise.id, who(j), { text });
			if (r.status !== 'published') throw new Error('not published');
			return r;
		};
		await control(w, exercise.id, 'ines', { action: 'start' });
		w.wall.ms += 30_000;
		expect((await post(a, 'The consulate is open.')).t).toBe(600);
		await control(w, exercise.id, 'ines', { action: 'speed', speed: 5 });
		w.wall.ms += 60_000; // 5 scenario minutes at 5×
		expect((await post(a, 'Call +31 20 555 0100 for help.')).t).toBe(900);
		await post(b, 'We are with Porto Veyra.'); // another trainee's post moves the log on
		await inject(w, exercise.id, 'ines', { text: 'Are you evacuating citizens?', to: 'all' });
		await control(w, exercise.id, 'ines', { action: 'exam', on: true });
		const last = await post(a, 'No evacuation is planned; the consulate stays open.');
		const e = (await ex.getExercise(db, exercise.id))!;
		expect(e.exam).toBe(true);
		expect(e.lastSeq).toBe(last.seq);
		const inputs = await inputsOf(db, e.id, a.participant.id);
		expect(inputs.map((x) => x.input.kind)).toEqual(['post', 'post', 'inject-text', 'post']);
		const t = last.t;
		const live = (await worldAt(db, e, a.participant.id, t)).state;
		const fresh = replay(scenarioOf(e), e.seed, [
			...inputs.map((x) => x.input),
			{ kind: 'tick', t }
		]).state;
		expect(JSON.stringify(live)).toBe(JSON.stringify(fresh));
		await control(w, exercise.id, 'ines', { action: 'pause' });
		await expect(post(a, 'during pause')).rejects.toThrow(/paused/);
		await control(w, exercise.id, 'ines', { action: 'resume' });
		w.wall.ms += 12_000;
		expect((await post(a, 'Resumed.')).t).toBe(960);
		await control(w, exercise.id, 'ines', { action: 'end' });
		await expect(post(a, 'after the end')).rejects.toThrow(/ended/);
	});

	it('injects reach everyone, or only the chosen trainees', async () => {
		const { exercise, code } = await newExercise();
		const a = await joinExercise(w, { code: code.code, name: 'Ana' });
		const b = await joinExercise(w, { code: code.code, name: 'Ben' });
		await expect(
			inject(w, exercise.id, 'ines', { eventId: 'aftershock', to: 'all' })
		).rejects.toThrow(/Start the exercise/);
		await control(w, exercise.id, 'ines', { action: 'start' });
		expect(await inject(w, exercise.id, 'ines', { eventId: 'aftershock', to: 'all' })).toBe(1);
		await inject(w, exercise.id, 'ines', {
			text: 'Can you confirm the consulate is open tonight?',
			from: 'lena',
			channel: 'feed',
			question: true,
			to: [b.participant.id]
		});
		await expect(inject(w, exercise.id, 'ines', { eventId: 'nope', to: 'all' })).rejects.toThrow(
			/no event 'nope'/
		);
		await expect(
			inject(w, exercise.id, 'ines', { text: 'x', from: 'ghost', to: 'all' })
		).rejects.toThrow(/no persona 'ghost'/);
		await expect(inject(w, exercise.id, 'ines', { text: 'x', to: ['tr_forged'] })).rejects.toThrow(
			/No trainee or team/
		);
		const e = (await ex.getExercise(db, exercise.id))!;
		const ai = (await inputsOf(db, e.id, a.participant.id)).map((x) => x.input.kind);
		const bi = (await inputsOf(db, e.id, b.participant.id)).map((x) => x.input.kind);
		expect(ai).toEqual(['inject']);
		expect(bi).toEqual(['inject', 'inject-text']);
		const bw = (await worldAt(db, e, b.participant.id, 60)).state;
		expect(bw.feed.some((f) => f.text.startsWith('Can you confirm') && f.question)).toBe(true);
		const aw = (await worldAt(db, e, a.participant.id, 60)).state;
		expect(aw.feed.some((f) => f.text.startsWith('Can you confirm'))).toBe(false);
	});

	it('teams with clearance: a member drafts, only the lead publishes', async () => {
		const { exercise, code } = await newExercise({
			mode: 'teams',
			teams: ['Press office A'],
			clearance: true
		});
		const teams = await teamsForCode(w, code.code);
		expect(teams.teams?.map((t) => t.name)).toEqual(['Press office A']);
		const team = teams.teams![0].id;
		await expect(joinExercise(w, { code: code.code, name: 'Lea' })).rejects.toThrow(
			/Choose your team/
		);
		const lead = await joinExercise(w, { code: code.code, name: 'Lea', team });
		const mem = await joinExercise(w, { code: code.code, name: 'Max', team });
		expect([lead.member.isLead, mem.member.isLead]).toEqual([true, false]);
		expect(mem.participant.id).toBe(lead.participant.id);
		await control(w, exercise.id, 'ines', { action: 'start' });
		const asMember = {
			memberId: mem.member.id,
			participantId: team,
			displayName: 'Max',
			isLead: false
		};
		const asLead = {
			memberId: lead.member.id,
			participantId: team,
			displayName: 'Lea',
			isLead: true
		};
		const d = await submitPost(w, exercise.id, asMember, { text: 'The consulate is open.' });
		expect(d.status).toBe('pending');
		if (d.status !== 'pending') return;
		expect((await inputsOf(db, exercise.id, team)).length).toBe(0);
		await expect(
			decideDraft(w, exercise.id, asMember, d.draftId, { approve: true })
		).rejects.toThrow(/Only the team lead/);
		const ok = await decideDraft(w, exercise.id, asLead, d.draftId, { approve: true });
		expect(ok.postId).toBe('p1');
		await expect(decideDraft(w, exercise.id, asLead, d.draftId, { approve: true })).rejects.toThrow(
			/already been decided/
		);
		const [post] = await inputsOf(db, exercise.id, team);
		expect(post.input).toMatchObject({ kind: 'post', author: 'Max (cleared by Lea)' });
		expect((await draftsOf(db, exercise.id, team))[0]).toMatchObject({
			status: 'approved',
			postId: 'p1'
		});
	});

	it('comments and overrides sit beside the automatic score, for instructors only', async () => {
		const { exercise, code } = await newExercise();
		const a = await joinExercise(w, { code: code.code, name: 'Ana' });
		await control(w, exercise.id, 'ines', { action: 'start' });
		const who = {
			memberId: a.member.id,
			participantId: a.participant.id,
			displayName: 'Ana',
			isLead: true
		};
		const p = await submitPost(w, exercise.id, who, { text: 'lol what earthquake 😂' });
		if (p.status !== 'published') throw new Error('not published');
		await annotate(w, exercise.id, 'ines', {
			kind: 'comment',
			participantId: a.participant.id,
			postId: p.postId,
			text: 'Never joke in a tragedy.'
		});
		await annotate(w, exercise.id, 'ines', {
			kind: 'override',
			participantId: a.participant.id,
			postId: p.postId,
			overall: 5,
			reason: 'Humour in a disaster.'
		});
		await expect(
			annotate(w, exercise.id, 'ines', {
				kind: 'override',
				participantId: a.participant.id,
				postId: p.postId,
				overall: 120,
				reason: 'x'
			})
		).rejects.toThrow(/0 to 100/);
		await expect(
			annotate(w, exercise.id, 'ines', {
				kind: 'override',
				participantId: a.participant.id,
				postId: p.postId,
				overall: 50,
				reason: ''
			})
		).rejects.toThrow(/reason/);
		await expect(
			annotate(w, exercise.id, 'ines', {
				kind: 'comment',
				participantId: a.participant.id,
				postId: 'p9',
				text: 'x'
			})
		).rejects.toThrow(/no post 'p9'/);
		const log = await eventsAfter(db, exercise.id, 0, ['all', a.participant.id]);
		expect(log.some((r) => r.kind === 'comment' || r.kind === 'override')).toBe(false);
		const ctl = await eventsAfter(db, exercise.id, 0, ['control'], ['override']);
		expect(ctl[0].payload).toMatchObject({
			overall: 0.05,
			rating: 'U',
			reason: 'Humour in a disaster.'
		});
		const post = (await eventsAfter(db, exercise.id, 0, [a.participant.id], ['input']))[0];
		expect((post.payload as { score: { overall: number } }).score.overall).toBeGreaterThan(0.05);
	});

	it('the event log has no gaps under concurrent posting, and the hub delivers each event once', async () => {
		const { exercise, code } = await newExercise({ speed: 20 });
		const people = [];
		for (let i = 0; i < 8; i++)
			people.push(await joinExercise(w, { code: code.code, name: `T${i}` }));
		const seen: EventRow[] = [];
		const off = await w.hub.subscribe(exercise.id, 0, (rows) => seen.push(...rows));
		await control(w, exercise.id, 'ines', { action: 'start' });
		w.wall.ms += 30_000;
		await Promise.all(
			people.map((j, i) =>
				submitPost(
					w,
					exercise.id,
					{
						memberId: j.member.id,
						participantId: j.participant.id,
						displayName: `T${i}`,
						isLead: true
					},
					{ text: `The consulate is open (${i}).` }
				)
			)
		);
		const all = await eventsAfter(db, exercise.id, 0);
		expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
		for (let i = 0; i < 50 && seen.length < all.length; i++)
			await new Promise((r) => setTimeout(r, 20));
		off();
		const seqs = seen.map((r) => r.seq);
		expect(new Set(seqs).size).toBe(seqs.length);
		expect(seqs).toEqual(all.map((r) => r.seq));
	});
});
