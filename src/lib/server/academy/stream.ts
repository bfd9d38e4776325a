/**
 * The live stream (Server-Sent Events) of one exercise for one viewer. Instructors get every event; a trainee
 * gets the events for everyone and for their own world. The stream starts after the client's last event id
 * (the `Last-Event-ID` header EventSource sends on reconnect, or `?after=`): it first replays the log from
 * there, then follows the hub, skipping anything already sent, so there are no gaps and no duplicates.
 */
import type { Ctx } from './service.ts';
import { eventsAfter, type EventRow } from '../repo/events.ts';
import { AcademyError } from './errors.ts';

const PING_MS = 15_000;

export function parseAfter(header: string | null, query: string | null): number {
	const raw = header ?? query ?? '0';
	const n = Number(raw);
	if (!/^\d{1,9}$/.test(raw) || !Number.isSafeInteger(n))
		throw new AcademyError(400, 'The last event id must be a whole number.');
	return n;
}

export function liveStream(
	c: Ctx,
	exerciseId: string,
	after: number,
	audiences: string[] | undefined,
	signal?: AbortSignal
): Response {
	const enc = new TextEncoder();
	let close = () => {};
	const body = new ReadableStream<Uint8Array>({
		async start(controller) {
			let sent = after;
			let ready = false;
			const pending: EventRow[] = [];
			let open = true;
			const write = (s: string) => {
				if (!open) return;
				try {
					controller.enqueue(enc.encode(s));
				} catch {
					close();
				}
			};
			const visible = (r: EventRow) => !audiences || audiences.includes(r.audience);
			const send = (rows: EventRow[]) => {
				for (const r of rows) {
					if (r.seq <= sent) continue;
					sent = r.seq;
					if (!visible(r)) continue;
					const data = JSON.stringify({
						seq: r.seq,
						t: r.t,
						at: r.at,
						audience: r.audience,
						payload: r.payload
					});
					write(`id: ${r.seq}\ndata: ${data}\n\n`);
				}
			};
			const off = await c.hub.subscribe(exerciseId, after, (rows) =>
				ready ? send(rows) : pending.push(...rows)
			);
			const ping = setInterval(() => write(': ping\n\n'), PING_MS);
			close = () => {
				if (!open) return;
				open = false;
				clearInterval(ping);
				off();
				try {
					controller.close();
				} catch {
					/* already closed */
				}
			};
			signal?.addEventListener('abort', close);
			write('retry: 2000\n\n');
			try {
				send(await eventsAfter(c.db, exerciseId, after, audiences));
			} catch (e) {
				console.error('ddsim: stream backlog failed:', e);
				close();
				return;
			}
			ready = true;
			send(pending.sort((a, b) => a.seq - b.seq));
			pending.length = 0;
		},
		cancel() {
			close();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache, no-transform',
			'x-accel-buffering': 'no',
			connection: 'keep-alive'
		}
	});
}
