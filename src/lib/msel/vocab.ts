/**
 * Words in MSEL cells (EN/FR/ES) that tell ddsim a channel, a platform kind or a kind of sender.
 * Each list is matched as whole words, after removing case and accents.
 */
import type { ChannelName } from './mapping.ts';

const fold = (s: string) =>
	` ${s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9@]+/g, ' ')
		.trim()} `;

const has = (text: string, words: string[]) => {
	const t = fold(text);
	return words.some((w) => t.includes(` ${w} `));
};

export const CHANNEL_WORDS: Record<ChannelName, string[]> = {
	feed: [
		'feed',
		'social',
		'social media',
		'post',
		'tweet',
		'twitter',
		'x',
		'microblog',
		'chirp',
		'facebook',
		'instagram',
		'tiktok',
		'youtube',
		'video',
		'linkedin',
		'mastodon',
		'bluesky',
		'threads',
		'forum',
		'reddit',
		'reseaux sociaux',
		'reseau social',
		'publication',
		'redes sociales',
		'red social',
		'publicacion'
	],
	news: [
		'news',
		'press',
		'media',
		'tv',
		'television',
		'radio',
		'newspaper',
		'article',
		'wire',
		'news wire',
		'breaking news',
		'website',
		'presse',
		'medias',
		'journal',
		'depeche',
		'actualites',
		'prensa',
		'noticias',
		'medios',
		'periodico',
		'teletipo'
	],
	dm: [
		'dm',
		'direct message',
		'private message',
		'message',
		'sms',
		'text message',
		'whatsapp',
		'signal',
		'telegram',
		'messenger',
		'email',
		'e mail',
		'mail',
		'phone',
		'call',
		'phone call',
		'voicemail',
		'message prive',
		'mp',
		'courriel',
		'telephone',
		'appel',
		'mensaje directo',
		'mensaje privado',
		'correo',
		'correo electronico',
		'llamada',
		'telefono'
	],
	internal: [
		'internal',
		'cable',
		'memo',
		'note',
		'briefing',
		'intranet',
		'team chat',
		'chat',
		'instruction',
		'interne',
		'note interne',
		'telegramme',
		'telegramme diplomatique',
		'consigne',
		'cellule de crise',
		'interno',
		'nota interna',
		'cable diplomatico',
		'instruccion'
	]
};

const ALL_CHANNEL_WORDS = Object.values(CHANNEL_WORDS).flat();

/** The channel a cell names, checking the most specific lists first. */
export function channelOf(text: string): ChannelName | undefined {
	const t = fold(text);
	let best: { c: ChannelName; len: number } | undefined;
	// the longest phrase wins: "social media" is the feed, "media" alone is news
	for (const c of ['internal', 'dm', 'news', 'feed'] as const)
		for (const w of CHANNEL_WORDS[c])
			if (t.includes(` ${w} `) && (!best || w.length > best.len)) best = { c, len: w.length };
	return best?.c;
}

export function channelWords(): string[] {
	return ALL_CHANNEL_WORDS.filter((w) => w.length >= 3);
}

export type PersonaKind =
	| 'official'
	| 'journalist'
	| 'news'
	| 'citizen'
	| 'troll'
	| 'bot-network'
	| 'colleague'
	| 'organisation';

const PERSONA_WORDS: [PersonaKind, string[]][] = [
	[
		'bot-network',
		[
			'bot',
			'bots',
			'botnet',
			'bot network',
			'amplifier',
			'amplifiers',
			'coordinated accounts',
			'reseau de comptes',
			'red de bots'
		]
	],
	['troll', ['troll', 'trolls', 'provocateur', 'provocador']],
	[
		'journalist',
		[
			'journalist',
			'reporter',
			'correspondent',
			'editor',
			'journaliste',
			'reporteur',
			'correspondant',
			'periodista',
			'corresponsal',
			'reportero'
		]
	],
	[
		'news',
		[
			'news',
			'wire',
			'agency',
			'tv',
			'radio',
			'daily',
			'times',
			'gazette',
			'post',
			'herald',
			'press',
			'afp',
			'reuters',
			'ap',
			'bbc',
			'agence',
			'journal',
			'quotidien',
			'chaine',
			'agencia',
			'diario',
			'noticias',
			'cadena'
		]
	],
	[
		'colleague',
		[
			'mfa',
			'ministry',
			'embassy',
			'consulate',
			'consul',
			'crisis cell',
			'crisis centre',
			'crisis center',
			'ops',
			'operations',
			'desk',
			'hq',
			'headquarters',
			'capital',
			'excon',
			'exercise control',
			'control',
			'controller',
			'colleague',
			'ministere',
			'ambassade',
			'consulat',
			'cellule de crise',
			'siege',
			'collegue',
			'ministerio',
			'embajada',
			'consulado',
			'gabinete de crisis',
			'colega',
			'sede'
		]
	],
	[
		'official',
		[
			'minister',
			'ambassador',
			'government',
			'president',
			'spokesperson',
			'spokesman',
			'police',
			'mayor',
			'governor',
			'prime minister',
			'ministre',
			'ambassadeur',
			'gouvernement',
			'porte parole',
			'prefet',
			'maire',
			'ministro',
			'embajador',
			'gobierno',
			'portavoz',
			'presidente',
			'alcalde',
			'policia'
		]
	],
	[
		'organisation',
		[
			'ngo',
			'ong',
			'red cross',
			'red crescent',
			'un',
			'who',
			'unicef',
			'unhcr',
			'oms',
			'croix rouge',
			'cruz roja',
			'organisation',
			'organization',
			'organizacion',
			'company',
			'airline',
			'fema',
			'university'
		]
	]
];

export function personaKindOf(name: string): PersonaKind {
	for (const [kind, words] of PERSONA_WORDS) if (has(name, words)) return kind;
	return 'citizen';
}

/** An id from free text: "Tomás Reyne (@tomas)" → "tomas-reyne". */
export function slug(text: string, max = 40): string {
	const s = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/@\w+/g, ' ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const cut = s.length > max ? s.slice(0, max).replace(/-[^-]*$/, '') || s.slice(0, max) : s;
	return cut || 'x';
}
