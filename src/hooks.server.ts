/**
 * Server hooks: errors meant for users (AcademyError) become their HTTP status and message; anything else is
 * logged and shown as a plain sentence, never a stack trace.
 */
import type { HandleServerError } from '@sveltejs/kit';
import { AcademyError } from '$lib/server/academy/errors';

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (error instanceof AcademyError) return { message: error.message };
	if (status >= 500) console.error('ddsim: unexpected error:', error);
	return {
		message: status >= 500 ? 'Something went wrong on the server; it has been logged.' : message
	};
};
