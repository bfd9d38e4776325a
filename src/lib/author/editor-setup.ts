/**
 * The CodeMirror 6 editor of /author, loaded on demand (dynamic import) so no other page carries it: YAML
 * highlighting, line numbers, undo, search, bracket matching, completion and hover from the scenario schema,
 * and the compiler's diagnostics as lint markers (underlines, gutter marks, and the lint panel with F8).
 */
import { autocompletion, completionKeymap, type CompletionContext } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
	bracketMatching,
	defaultHighlightStyle,
	foldGutter,
	indentOnInput,
	syntaxHighlighting
} from '@codemirror/language';
import {
	lintGutter,
	lintKeymap,
	setDiagnostics,
	type Diagnostic as CmDiagnostic
} from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorSelection, EditorState } from '@codemirror/state';
import {
	drawSelection,
	EditorView,
	highlightActiveLine,
	highlightActiveLineGutter,
	hoverTooltip,
	keymap,
	lineNumbers
} from '@codemirror/view';
import type { Diagnostic } from '../scenario/diagnostic.ts';
import { scenarioJsonSchema } from '../scenario/index.ts';
import { hoverInfo, suggestions } from './schema-assist.ts';

export interface YamlEditor {
	set(text: string): void;
	showDiagnostics(diagnostics: Diagnostic[]): void;
	jump(line: number, col: number): void;
	destroy(): void;
}

function offset(state: EditorState, line: number, col: number): number {
	const l = state.doc.line(Math.min(Math.max(1, line), state.doc.lines));
	return Math.min(l.from + Math.max(0, col - 1), l.to);
}

function toCm(state: EditorState, d: Diagnostic): CmDiagnostic {
	const from = offset(state, d.line, d.col);
	let to =
		d.endLine !== undefined && d.endCol !== undefined ? offset(state, d.endLine, d.endCol) : from;
	if (to <= from) {
		// underline the word (or the rest of the line) at the position
		const l = state.doc.lineAt(from);
		const rest = l.text.slice(from - l.from);
		const w = /^[^\s,\]}]+/.exec(rest);
		to = Math.min(l.to, from + (w ? w[0].length : Math.max(1, rest.length)));
	}
	const severity = d.severity === 'info' ? 'info' : d.severity;
	const s = d.suggestion !== undefined ? ` (did you mean '${d.suggestion}'?)` : '';
	return {
		from,
		to: Math.max(to, from),
		severity,
		source: d.code,
		message: `${d.code} ${d.message}${s}`
	};
}

export function createYamlEditor(
	parent: HTMLElement,
	initial: string,
	onChange: (text: string) => void,
	label: string
): YamlEditor {
	const schema = scenarioJsonSchema();
	const complete = (ctx: CompletionContext) => {
		const word = ctx.matchBefore(/[\w@#-]*/);
		if (
			!word ||
			(word.from === word.to &&
				!ctx.explicit &&
				!/:\s$|^\s*-?\s*$/.test(
					ctx.state.doc.lineAt(ctx.pos).text.slice(0, ctx.pos - ctx.state.doc.lineAt(ctx.pos).from)
				))
		)
			return null;
		const options = suggestions(schema, ctx.state.doc.toString(), word.from).map((s) => ({
			label: s.label,
			apply: s.apply,
			type: s.kind === 'key' ? 'property' : s.kind === 'name' ? 'variable' : 'enum',
			...(s.detail ? { detail: s.detail } : {}),
			...(s.info ? { info: s.info } : {})
		}));
		return options.length ? { from: word.from, options, validFor: /^[\w@#-]*$/ } : null;
	};
	const hover = hoverTooltip((view, pos) => {
		const h = hoverInfo(schema, view.state.doc.toString(), pos);
		if (!h) return null;
		return {
			pos: h.from,
			end: h.to,
			create() {
				const dom = document.createElement('div');
				dom.className = 'cm-schema-hover';
				dom.textContent = h.text;
				return { dom };
			}
		};
	});
	const view = new EditorView({
		parent,
		state: EditorState.create({
			doc: initial,
			extensions: [
				lineNumbers(),
				highlightActiveLineGutter(),
				foldGutter(),
				lintGutter(),
				history(),
				drawSelection(),
				indentOnInput(),
				bracketMatching(),
				highlightActiveLine(),
				highlightSelectionMatches(),
				syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
				yaml(),
				autocompletion({ override: [complete], activateOnTyping: true }),
				hover,
				keymap.of([
					...defaultKeymap,
					...historyKeymap,
					...searchKeymap,
					...completionKeymap,
					...lintKeymap,
					indentWithTab
				]),
				EditorState.tabSize.of(2),
				EditorView.lineWrapping,
				EditorView.contentAttributes.of({
					'aria-label': label,
					'aria-multiline': 'true',
					// a tab stop axe and screen readers recognise (the scroller around it needs a focusable child)
					tabindex: '0'
				}),
				EditorView.updateListener.of((u) => {
					if (u.docChanged) onChange(u.state.doc.toString());
				}),
				EditorView.theme({
					'&': {
						fontSize: '0.85rem',
						border: '1px solid var(--border)',
						borderRadius: '6px',
						background: 'var(--surface)'
					},
					'.cm-scroller': {
						fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
						minHeight: '28rem',
						maxHeight: '70vh'
					},
					'.cm-gutters': {
						background: '#f1f4f7',
						color: '#52606d',
						borderRight: '1px solid var(--border)'
					},
					'.cm-schema-hover': { padding: '0.3rem 0.5rem', maxWidth: '32rem', fontSize: '0.85rem' }
				})
			]
		})
	});
	return {
		set(text) {
			if (text === view.state.doc.toString()) return;
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
		},
		showDiagnostics(diagnostics) {
			view.dispatch(
				setDiagnostics(
					view.state,
					diagnostics.map((d) => toCm(view.state, d))
				)
			);
		},
		jump(line, col) {
			const pos = offset(view.state, line, col);
			view.dispatch({
				selection: EditorSelection.cursor(pos),
				effects: EditorView.scrollIntoView(pos, { y: 'center' })
			});
			view.focus();
		},
		destroy() {
			view.destroy();
		}
	};
}
