/**
 * Every diagnostic code the scenario compiler can emit, with its severity and a one-line title.
 * The catalogue with examples and fixes is docs/diagnostics.md; a unit test keeps the two in step.
 * Codes are stable: never renumber, only add.
 */
import type { Severity } from './diagnostic.ts';

export interface CodeInfo {
	severity: Severity;
	title: string;
}

export const CODES = {
	// SC1xx — syntax and size
	SC101: { severity: 'error', title: 'file too large' },
	SC102: { severity: 'error', title: 'YAML syntax error' },
	SC103: { severity: 'error', title: 'duplicate YAML key' },
	SC104: { severity: 'error', title: 'too many YAML aliases or nesting too deep' },
	SC105: { severity: 'error', title: 'too many events' },
	SC106: { severity: 'error', title: 'document is empty or not a mapping' },
	SC107: { severity: 'error', title: 'more than one YAML document' },
	SC108: { severity: 'warning', title: 'YAML warning (e.g. unknown tag)' },
	SC109: { severity: 'error', title: 'control character or invalid text in the file' },
	SC110: { severity: 'error', title: "reserved key name ('__proto__')" },
	SC111: { severity: 'error', title: 'scenario too large to simulate' },
	SC199: { severity: 'error', title: 'internal compiler error' },
	// SC2xx — schema: keys, types, values
	SC201: { severity: 'error', title: 'unknown key' },
	SC202: { severity: 'error', title: 'wrong type' },
	SC203: { severity: 'error', title: 'missing required key' },
	SC204: { severity: 'error', title: 'bad time or duration' },
	SC205: { severity: 'error', title: 'value not one of the allowed options' },
	SC206: { severity: 'error', title: 'number out of range' },
	SC207: { severity: 'error', title: 'duplicate id' },
	SC208: { severity: 'error', title: 'missing or unsupported format version' },
	SC209: { severity: 'error', title: 'malformed id, handle, hashtag, bound or flag' },
	SC210: { severity: 'error', title: 'empty value or list' },
	SC211: { severity: 'error', title: 'condition syntax error' },
	SC212: { severity: 'error', title: 'unknown condition function' },
	SC213: { severity: 'error', title: 'wrong condition arguments' },
	SC214: { severity: 'error', title: 'must_avoid entry needs exactly one rule' },
	SC215: { severity: 'error', title: 'claim kind contradicts its truth' },
	SC216: { severity: 'error', title: 'key message has no phrases' },
	SC217: { severity: 'error', title: 'unknown placeholder in a reaction' },
	SC218: { severity: 'error', title: 'unknown DISARM technique on an adversary move' },
	SC220: { severity: 'error', title: 'doctrine check incomplete or with a wrong item' },
	// SC3xx — references
	SC301: { severity: 'error', title: 'unknown persona' },
	SC302: { severity: 'error', title: 'unknown claim' },
	SC303: { severity: 'error', title: 'unknown fact' },
	SC304: { severity: 'error', title: 'unknown audience' },
	SC305: { severity: 'error', title: 'unknown objective' },
	SC306: { severity: 'error', title: 'unknown event' },
	SC307: { severity: 'error', title: 'unknown platform' },
	SC308: { severity: 'error', title: 'unknown test criterion' },
	SC309: { severity: 'error', title: 'unknown finding id' },
	// SC4xx — timing and reachability
	SC401: { severity: 'error', title: 'event after the scenario ends' },
	SC402: { severity: 'warning', title: 'condition can never hold' },
	SC403: { severity: 'warning', title: 'condition always holds' },
	SC404: { severity: 'error', title: 'rubric window out of order' },
	SC405: { severity: 'warning', title: 'objective unreachable' },
	SC406: { severity: 'warning', title: 'fact known only after the scenario ends' },
	SC407: { severity: 'error', title: 'boost before its event' },
	SC408: { severity: 'error', title: 'test post after the scenario ends' },
	SC409: { severity: 'error', title: 'no events' },
	SC410: { severity: 'warning', title: 'fact never revealed' },
	SC411: { severity: 'warning', title: 'fact revealed before it is known' },
	SC412: { severity: 'warning', title: 'tone phases out of order' },
	SC413: { severity: 'error', title: 'rubric weights are all zero' },
	SC414: { severity: 'warning', title: 'test reply before its event' },
	SC415: { severity: 'warning', title: 'false claim with nothing to refute it' },
	SC416: { severity: 'warning', title: 'confidential fact revealed on a public channel' },
	SC417: { severity: 'warning', title: 'timing rule starts from an event that may never fire' },
	SC418: { severity: 'warning', title: 'ambient reaction that belongs to a situation' },
	SC420: {
		severity: 'warning',
		title: "the scenario's own text trips its own protocol list or must-avoid phrases"
	}
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
