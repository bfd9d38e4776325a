/**
 * What a column of an MSEL can mean, and the header words that name it in English, French and Spanish
 * (HSEEP, Conducttr, OpenAEV/OpenBAS, Blueprint and Mur@il-style chronogrammes). Headers are compared
 * without case, accents or punctuation.
 */

export const FIELDS = [
	'id',
	'time',
	'day',
	'from',
	'from_id',
	'to',
	'channel',
	'platform',
	'headline',
	'text',
	'expected',
	'objective',
	'notes'
] as const;
export type Field = (typeof FIELDS)[number];

export const FIELD_LABELS: Record<Field, string> = {
	id: 'event number',
	time: 'time',
	day: 'day',
	from: 'sender',
	from_id: 'sender id',
	to: 'recipient',
	channel: 'channel',
	platform: 'platform',
	headline: 'title',
	text: 'inject text',
	expected: 'expected action',
	objective: 'objective',
	notes: 'notes'
};

/** Header words per field, most specific first. */
export const SYNONYMS: Record<Field, string[]> = {
	id: [
		'event number',
		'event no',
		'event id',
		'inject number',
		'inject no',
		'inject id',
		'msel number',
		'event',
		'serial',
		'number',
		'no',
		'n',
		'num',
		'nr',
		'id',
		'ref',
		'reference',
		'#',
		'numero',
		'numero de stimulus',
		'numero d inject',
		'n stimulus',
		'id stimulus',
		'numero de evento',
		'numero de inyeccion',
		'nro'
	],
	time: [
		'scenario time',
		'exercise time',
		'simulated time',
		'inject time',
		'delivery time',
		'scheduled time',
		'trigger time',
		'date time',
		'datetime',
		'time',
		'timing',
		'when',
		't',
		'heure',
		'horaire',
		'heure de diffusion',
		'heure d envoi',
		'heure de declenchement',
		'date heure',
		'temps',
		'h',
		'quand',
		'hora',
		'horario',
		'hora de envio',
		'tiempo',
		'fecha y hora',
		'cuando',
		'date'
	],
	day: ['day', 'exercise day', 'jour', 'j', 'dia', 'd'],
	from: [
		'from',
		'sender',
		'source',
		'author',
		'originator',
		'actor',
		'persona',
		'who',
		'de',
		'emetteur',
		'expediteur',
		'origine',
		'auteur',
		'acteur',
		'qui',
		'remitente',
		'emisor',
		'origen',
		'autor',
		'quien'
	],
	from_id: ['sender id', 'from id', 'persona id', 'id emetteur', 'id remitente'],
	to: [
		'to',
		'recipient',
		'recipients',
		'target',
		'target role',
		'player',
		'players',
		'audience',
		'a',
		'destinataire',
		'destinataires',
		'cible',
		'role cible',
		'joueur',
		'joueurs',
		'para',
		'destinatario',
		'destinatarios',
		'jugador'
	],
	channel: [
		'channel',
		'method',
		'delivery method',
		'means',
		'medium',
		'inject type',
		'type',
		'mode',
		'via',
		'canal',
		'moyen',
		'vecteur',
		'support',
		'type de stimulus',
		'medio',
		'tipo',
		'via de entrega'
	],
	platform: ['platform', 'plateforme', 'plataforma', 'network', 'reseau'],
	headline: [
		'title',
		'inject title',
		'event title',
		'headline',
		'subject',
		'titre',
		'objet',
		'sujet',
		'titulo',
		'asunto'
	],
	text: [
		'inject',
		'inject text',
		'inject description',
		'event description',
		'message',
		'text',
		'content',
		'body',
		'description',
		'stimulus',
		'stimuli',
		'scenario event',
		'contenu',
		'texte',
		'corps',
		'contenu du stimulus',
		'mensaje',
		'contenido',
		'texto',
		'cuerpo',
		'descripcion',
		'estimulo'
	],
	expected: [
		'expected action',
		'expected actions',
		'expected player action',
		'expected response',
		'expected outcome',
		'expected reaction',
		'expectation',
		'expectations',
		'reaction attendue',
		'reactions attendues',
		'action attendue',
		'actions attendues',
		'reponse attendue',
		'attendu',
		'resultat attendu',
		'accion esperada',
		'acciones esperadas',
		'respuesta esperada',
		'reaccion esperada',
		'resultado esperado'
	],
	objective: [
		'objective',
		'objectives',
		'linked objective',
		'learning objective',
		'capability',
		'core capability',
		'objectif',
		'objectifs',
		'objectif pedagogique',
		'objetivo',
		'objetivos'
	],
	notes: [
		'notes',
		'note',
		'comment',
		'comments',
		'remarks',
		'details',
		'controller notes',
		'observations',
		'commentaire',
		'commentaires',
		'remarques',
		'nota',
		'notas',
		'comentario',
		'comentarios',
		'observaciones'
	]
};

/** Lower case, no accents, punctuation to spaces: "Réaction attendue" → "reaction attendue". */
export function normaliseHeader(text: string): string {
	const t = text.trim();
	if (t === '#' || /^n[°º]$/i.test(t)) return '#';
	return t
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Words that name a field only on their own ("Event" is the event number; "Event time" is not). */
const EXACT_ONLY = new Set(['event', 'type', 'date', 'mode', 'note', 'when', 'who', 'number']);

const LOOKUP = new Map<string, { field: Field; rank: number }>();
FIELDS.forEach((f) =>
	SYNONYMS[f].forEach((s, rank) => {
		const k = normaliseHeader(s) || s;
		if (!LOOKUP.has(k)) LOOKUP.set(k, { field: f, rank });
	})
);

export interface HeaderMatch {
	field: Field;
	/** 3 exact, 2 the header contains a field word. */
	score: number;
}

/** The field a header names, if any. */
export function matchHeader(header: string): HeaderMatch | undefined {
	const h = normaliseHeader(header);
	if (!h) return undefined;
	const exact = LOOKUP.get(h);
	if (exact) return { field: exact.field, score: 3 };
	// "Heure (H+)", "Inject text (EN)": a multi-letter field word inside the header
	let best: { field: Field; len: number } | undefined;
	const padded = ` ${h} `;
	for (const [k, v] of LOOKUP) {
		if (k.length < 4 || EXACT_ONLY.has(k)) continue;
		if (padded.includes(` ${k} `) && (!best || k.length > best.len))
			best = { field: v.field, len: k.length };
	}
	return best ? { field: best.field, score: 2 } : undefined;
}

/** Header words close to a misspelt header ("Expediteur" → "expediteur"), for "did you mean". */
export function allHeaderWords(): string[] {
	return [...LOOKUP.keys()].filter((k) => k.length >= 5);
}
