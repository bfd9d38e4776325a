import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// `npm start` serves build/; the test suites build into build-test/ (scripts/build.mjs).
		adapter: adapter({ out: process.env.DDSIM_BUILD_DIR || 'build' }),
		// Origin checks for writes are done in src/hooks.server.ts against the Host header, so the app works
		// over plain HTTP on a LAN address without setting ORIGIN (adapter-node would otherwise assume https).
		csrf: { trustedOrigins: ['*'] },
		csp: {
			// Posts are text, never HTML; a strict CSP is the second line of defence.
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
