// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Principal } from '$lib/server/repo/sessions';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** Resolved on first use from the session cookie (src/lib/server/auth/guard.ts). */
			principal?: Promise<Principal | undefined>;
		}
	}
}

export {};
