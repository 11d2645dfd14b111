import type { Grammar } from 'langium';
import { fillTemplate, type Locale } from '../analysis/locale.js';
import { ELEMENT_KIND_LABELS } from '../analysis/vocabulary.js';
import { spell, type KeywordSpelling } from '../grammar/keyword-spellings.js';
import { SNIPPET_PLACEHOLDERS } from './editor-texts.js';
import { unusedName } from './plan-edits.js';
import { valuesOf, type ElementType } from './grammar-roles.js';

/**
 * Snippets for a new plan and for each named element: a well-formed block with the clauses
 * the report's principles ask for, values to choose from and placeholders to type over. They
 * are written with English keywords and given in the plan's spelling (`inSpelling`).
 */

/** What a snippet may refer to, and which names it must not take. */
export interface SnippetScope {
    readonly locale: Locale;
    /** How the plan spells its keywords: the snippet writes them so. */
    readonly spelling: KeywordSpelling;
    readonly grammar: Grammar;
    readonly takenNames: ReadonlySet<string>;
    readonly actorNames: readonly string[];
}

/** Numbers tab stops in the order they are written. */
class SnippetWriter {
    private nextStop = 1;

    constructor(private readonly scope: SnippetScope) { }

    text(value: string): string {
        return `\${${this.nextStop++}:${escapeSnippetText(value)}}`;
    }

    /** A value from the grammar rule; the first (the grammar lists the recommended one first) is preselected. */
    choice(ruleName: string): string {
        return this.options(valuesOf(this.scope.grammar, ruleName).map(value => spell(value, this.scope.spelling)));
    }

    /** An existing element to refer to, or a placeholder when the plan has none yet. */
    reference(names: readonly string[], placeholder: string): string {
        return names.length > 0 ? this.options(names) : this.text(placeholder);
    }

    placeholder(key: keyof typeof SNIPPET_PLACEHOLDERS, args: Readonly<Record<string, string>> = {}): string {
        return this.text(fillTemplate(SNIPPET_PLACEHOLDERS[key][this.scope.locale], args));
    }

    private options(values: readonly string[]): string {
        return `\${${this.nextStop++}|${values.join(',')}|}`;
    }
}

const ELEMENT_BODIES: Readonly<Record<ElementType, (writer: SnippetWriter, scope: SnippetScope) => string[]>> = {
    Agency: writer => ['independent', `budget ${writer.text('100')} 억원`, `mandate "${writer.placeholder('text')}"`, `survey ${writer.choice('Cadence')}`],
    Government: writer => [`level ${writer.choice('LevelClause')}`],
    Champion: writer => [`role "${writer.placeholder('text')}"`, `origin ${writer.choice('OriginClause')}`],
    Institution: writer => [`type ${writer.choice('InstitutionTypeClause')}`, `tier ${writer.choice('TierClause')}`, `origin ${writer.choice('OriginClause')}`],
    Firm: writer => [`origin ${writer.choice('OriginClause')}`, `stage ${writer.choice('StageClause')}`],
    Industry: writer => [`kind ${writer.choice('IndustryKindClause')}`],
    Fund: writer => [
        `source ${writer.choice('SourceClause')}`, `amount ${writer.text('100')} 억원`, `selection ${writer.choice('SelectionClause')}`,
        `audit ${writer.choice('AuditClause')}`, `review ${writer.choice('ReviewClause')}`, `purpose ${writer.choice('PurposeClause')}`
    ],
    Network: (writer, scope) => [
        `kind ${writer.choice('NetworkKindClause')}`, `members ${writer.reference(scope.actorNames, 'Member')}`,
        `host ${writer.reference(scope.actorNames, 'Host')}`, `meets ${writer.choice('Cadence')}`, `offers ${writer.choice('NetworkOffer')}`
    ],
    Link: (writer, scope) => [`scope ${writer.choice('LinkScopeClause')}`, `channel "${writer.placeholder('text')}"`, `partner ${writer.reference(scope.actorNames, 'Partner')}`],
    Task: (writer, scope) => [
        `term ${writer.choice('TermClause')}`, `owner ${writer.reference(scope.actorNames, 'Owner')}`,
        `period ${writer.text(String(currentYear()))} to ${writer.text(String(currentYear() + 2))}`,
        `budget ${writer.text('10')} 억원`, `goals ${writer.choice('Goal')}`
    ]
};

/** Names the snippets suggest: `T1`, `T2` for tasks, `Agency1` for agencies, and so on. */
const NAME_STEMS: Readonly<Record<ElementType, string>> = {
    Agency: 'Agency', Government: 'Government', Champion: 'Champion', Institution: 'Institution', Firm: 'Firm',
    Industry: 'Industry', Fund: 'Fund', Network: 'Network', Link: 'Link', Task: 'T1'
};

export function elementSnippet(type: ElementType, scope: SnippetScope): string {
    const writer = new SnippetWriter(scope);
    const kind = ELEMENT_KIND_LABELS[type][scope.locale];
    const head = `${type.toLowerCase()} ${writer.text(unusedName(NAME_STEMS[type], scope.takenNames))} "${writer.placeholder('title', { kind })}"`;
    const body = ELEMENT_BODIES[type](writer, scope);
    return inSpelling([`${head} {`, ...body.map(line => `\t${line}`), '}'].join('\n'), scope.spelling);
}

/** A whole plan skeleton for an empty file: the four roadmap stages start here. */
export function planSnippet(scope: SnippetScope): string {
    const writer = new SnippetWriter(scope);
    const start = currentYear();
    return inSpelling([
        `plan ${writer.text('NewPlan')} "${writer.placeholder('planTitle')}" {`,
        `\tregion "${writer.placeholder('region')}"`,
        `\thorizon ${writer.text(String(start))} to ${writer.text(String(start + 11))}`,
        `\tleadership ${writer.choice('LeadershipClause')}`,
        '',
        '\tassessment {',
        `\t\tsummary "${writer.placeholder('summary')}"`,
        `\t\tconsensus "${writer.placeholder('consensus')}"`,
        '\t}',
        '',
        `\tvision "${writer.placeholder('visionStatement')}" {`,
        `\t\tstrategy ${writer.choice('StrategyClause')}`,
        `\t\tscope ${writer.choice('ScopeClause')}`,
        `\t\tstructure ${writer.choice('StructureClause')}`,
        '\t}',
        '\t$0',
        '}'
    ].join('\n'), scope.spelling);
}

/** A tab stop or choice (`${1:…}`, `${2|…|}`), a quoted text, or a word of a snippet. */
const SNIPPET_PIECE = /\$\{(?:\\.|[^}\\])*\}|"(?:\\.|[^"\\])*"|[A-Za-z]+/g;

/**
 * A snippet's keywords in `spelling`: only the words written between tab stops and texts,
 * so that the names a tab stop offers stay as declared (the choices of values are spelled
 * as they are made).
 */
function inSpelling(snippet: string, spelling: KeywordSpelling): string {
    return spelling === 'en' ? snippet : snippet.replace(SNIPPET_PIECE, piece => /^[A-Za-z]/.test(piece) ? spell(piece, spelling) : piece);
}

function escapeSnippetText(value: string): string {
    return value.replace(/[\\$}]/g, character => `\\${character}`);
}

function currentYear(): number {
    return new Date().getFullYear();
}
