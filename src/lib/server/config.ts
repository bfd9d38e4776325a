/**
 * Every environment variable the server reads, in one place, typed and checked. Nothing else on the server
 * (src/lib/server, the routes, the hooks) reads `process.env` (a test holds it to that), and docs/academy.md lists exactly these
 * variables (a test holds the two lists together). A value that cannot be used stops the server with a message
 * naming the variable, instead of a NaN somewhere later.
 */

export interface EnvVar {
	name: string;
	/** What it does, in a few words (the docs say more). */
	what: string;
	/** Who reads it: ddsim itself, or SvelteKit's adapter-node (listed because operators set it too). */
	readBy: 'ddsim' | 'adapter-node' | 'ddsim admin';
}

export const ENV_VARS: readonly EnvVar[] = [
	{ name: 'DATA_DIR', what: 'folder of the embedded database (default ./data)', readBy: 'ddsim' },
	{ name: 'DATABASE_URL', what: 'use this PostgreSQL database instead', readBy: 'ddsim' },
	{ name: 'DB_POOL', what: 'PostgreSQL connections per instance (default 10)', readBy: 'ddsim' },
	{ name: 'HOST', what: 'address to listen on (default 0.0.0.0)', readBy: 'adapter-node' },
	{ name: 'PORT', what: 'port to listen on (default 3000)', readBy: 'adapter-node' },
	{ name: 'ORIGIN', what: 'the public origin behind a proxy', readBy: 'adapter-node' },
	{
		name: 'PROTOCOL_HEADER',
		what: 'header a proxy sets with the protocol',
		readBy: 'adapter-node'
	},
	{ name: 'HOST_HEADER', what: 'header a proxy sets with the host', readBy: 'adapter-node' },
	{
		name: 'ADDRESS_HEADER',
		what: 'header a proxy sets with the client address',
		readBy: 'adapter-node'
	},
	{ name: 'BODY_SIZE_LIMIT', what: 'largest request body (default 512K)', readBy: 'adapter-node' },
	{ name: 'DDSIM_MAX_STREAMS', what: 'live streams per process (default 4000)', readBy: 'ddsim' },
	{
		name: 'DDSIM_WORLD_CACHE',
		what: "trainees' worlds kept in memory (default 600)",
		readBy: 'ddsim'
	},
	{
		name: 'DDSIM_SCENARIO_CACHE',
		what: 'compiled scenarios kept in memory (default 64)',
		readBy: 'ddsim'
	},
	{
		name: 'DDSIM_COMPILE_LIMIT_MS',
		what: 'time limit to compile an uploaded scenario (default 5000)',
		readBy: 'ddsim'
	},
	{ name: 'DDSIM_NO_RATE_LIMIT', what: 'rate limits switched off (load tests)', readBy: 'ddsim' },
	{ name: 'DDSIM_PASSWORD', what: 'password for `ddsim admin create-…`', readBy: 'ddsim admin' }
];

export interface ServerConfig {
	databaseUrl?: string;
	dataDir: string;
	dbPool: number;
	host: string;
	port: string;
	origin?: string;
	protocolHeader?: string;
	addressHeader?: string;
	maxStreams: number;
	worldCache: number;
	scenarioCache: number;
	compileLimitMs: number;
	/** Rate limits switched off by name ('all' for every one). */
	noRateLimit: readonly string[];
	/** For `ddsim admin` only (never for the server). */
	adminPassword?: string;
}

type Env = Record<string, string | undefined>;

function whole(env: Env, name: string, fallback: number, min = 1): number {
	const raw = env[name];
	if (raw === undefined || raw.trim() === '') return fallback;
	const n = Number(raw);
	if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(n) || n < min)
		throw new Error(`${name} must be a whole number of at least ${min} (it is '${raw}').`);
	return n;
}

const text = (env: Env, name: string) => (env[name]?.trim() ? env[name] : undefined);

/** Read the configuration from `env` (the process environment by default). */
export function readConfig(env: Env = process.env): ServerConfig {
	const databaseUrl = text(env, 'DATABASE_URL');
	return {
		...(databaseUrl ? { databaseUrl } : {}),
		dataDir: text(env, 'DATA_DIR') ?? './data',
		dbPool: whole(env, 'DB_POOL', 10),
		host: text(env, 'HOST') ?? '0.0.0.0',
		port: text(env, 'PORT') ?? '3000',
		origin: text(env, 'ORIGIN'),
		protocolHeader: text(env, 'PROTOCOL_HEADER'),
		addressHeader: text(env, 'ADDRESS_HEADER'),
		maxStreams: whole(env, 'DDSIM_MAX_STREAMS', 4000),
		worldCache: whole(env, 'DDSIM_WORLD_CACHE', 600),
		scenarioCache: whole(env, 'DDSIM_SCENARIO_CACHE', 64),
		compileLimitMs: whole(env, 'DDSIM_COMPILE_LIMIT_MS', 5000, 100),
		noRateLimit: (env.DDSIM_NO_RATE_LIMIT ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean),
		adminPassword: env.DDSIM_PASSWORD
	};
}

let cached: ServerConfig | undefined;

/** This process's configuration (read once). */
export function config(): ServerConfig {
	return (cached ??= readConfig());
}
