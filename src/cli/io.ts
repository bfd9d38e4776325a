/** What a command may touch of the outside world; tests pass a fake one and read what was printed. */
import { readFileSync, writeFileSync } from 'node:fs';

export interface Io {
	out(text: string): void;
	err(text: string): void;
	/** Whole standard input as text (tone reads it). */
	stdin(): Promise<string>;
	readFile(path: string): string;
	/** Raw bytes of a file (spreadsheets). */
	readBytes(path: string): Uint8Array;
	writeFile(path: string, data: string | Uint8Array): void;
	cwd: string;
	/** Whether stdout is a terminal (colour / code frames). */
	isTTY: boolean;
}

export function processIo(): Io {
	return {
		out: (t) => void process.stdout.write(t),
		err: (t) => void process.stderr.write(t),
		stdin: async () => {
			const chunks: Buffer[] = [];
			for await (const c of process.stdin) chunks.push(c as Buffer);
			return Buffer.concat(chunks).toString('utf8');
		},
		readFile: (p) => readFileSync(p, 'utf8'),
		readBytes: (p) => new Uint8Array(readFileSync(p)),
		writeFile: (p, d) => writeFileSync(p, d),
		cwd: process.cwd(),
		isTTY: Boolean(process.stdout.isTTY)
	};
}

/** An in-memory Io for tests. */
export function memoryIo(
	files: Record<string, string> = {},
	stdin = ''
): Io & { stdout: string; stderr: string; written: Record<string, string | Uint8Array> } {
	const io = {
		stdout: '',
		stderr: '',
		written: {} as Record<string, string | Uint8Array>,
		out(t: string) {
			io.stdout += t;
		},
		err(t: string) {
			io.stderr += t;
		},
		stdin: async () => stdin,
		readFile(p: string) {
			if (p in files) return files[p];
			return readFileSync(p, 'utf8');
		},
		readBytes(p: string) {
			if (p in files) return new TextEncoder().encode(files[p]);
			return new Uint8Array(readFileSync(p));
		},
		writeFile(p: string, d: string | Uint8Array) {
			io.written[p] = d;
		},
		cwd: process.cwd(),
		isTTY: false
	};
	return io;
}
