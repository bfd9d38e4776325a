#!/usr/bin/env node
// The load benchmark's baseline: a no-op server on loopback that speaks just enough of the academy API for the
// same clients and the same traffic — `GET /api/x/<id>/stream` (Server-Sent Events, held open), `POST
// /api/x/<id>/posts` (reads the JSON body, answers 201 with the next seq, and sends the event on the first
// stream opened, the console's, as the log fan-out does). What it measures is the machine and the client.
// Usage: node tests/bench/load-noop-server.mjs <port> [host]   (prints "ready" when listening)
import { createServer } from 'node:http';

const [port, host = '127.0.0.1'] = process.argv.slice(2);
/** Open streams in the order they were opened (the benchmark opens the console's first). */
const streams = new Set();
let seq = 0;
const server = createServer((req, res) => {
	if (req.method === 'GET' && /^\/api\/x\/[^/]+\/stream/.test(req.url ?? '')) {
		res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
		res.write('retry: 2000\n\n');
		streams.add(res);
		req.on('close', () => streams.delete(res));
		return;
	}
	if (req.method === 'POST' && /^\/api\/x\/[^/]+\/posts$/.test(req.url ?? '')) {
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (d) => (body += d));
		req.on('end', () => {
			let text;
			try {
				text = String(JSON.parse(body).text ?? '');
			} catch {
				res.writeHead(400).end();
				return;
			}
			const s = ++seq;
			res.writeHead(201, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ status: 'published', postId: `p${s}`, t: 0, seq: s }));
			const msg = `id: ${s}\ndata: ${JSON.stringify({ seq: s, t: 0, audience: 'x', payload: { kind: 'input', input: { text } } })}\n\n`;
			const console_ = streams.values().next().value;
			console_?.write(msg);
		});
		return;
	}
	res.writeHead(404).end();
});
server.listen(Number(port), host, () => console.log('ready'));
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => process.exit(0));
