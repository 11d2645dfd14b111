import type { Locale } from '../analysis/locale.js';
import type { RuleStatus } from '../analysis/engine.js';

/**
 * The plan document as data: chapters of blocks, already worded in the document's language.
 * Built once from the checked plan; the HTML, Markdown and DOCX renderers only lay it out.
 * Every string in it may come from the plan and is plain text, never markup.
 */
export interface PlanDocumentModel {
    readonly locale: Locale;
    readonly title: string;
    readonly subtitle: string;
    /** Label and value pairs shown on the cover (region, period, overall score). */
    readonly cover: readonly KeyValue[];
    readonly basedOn: string;
    readonly contentsTitle: string;
    readonly chapters: readonly Chapter[];
}

export type ChapterId = 'assessment' | 'vision' | 'governance' | 'innovation' | 'networks' | 'tasks' | 'budget' | 'scorecard'
    // the portfolio document
    | 'regions' | 'positioning' | 'money' | 'partners' | 'ranking' | 'portfolio-findings';

export interface Chapter {
    readonly id: ChapterId;
    readonly number: number;
    readonly title: string;
    readonly blocks: readonly Block[];
}

export interface KeyValue {
    readonly label: string;
    readonly value: string;
}

export type Block =
    | { readonly kind: 'heading'; readonly text: string }
    | { readonly kind: 'paragraph'; readonly text: string; readonly lead?: boolean }
    | { readonly kind: 'note'; readonly text: string }
    | { readonly kind: 'list'; readonly items: readonly string[] }
    | { readonly kind: 'keyValues'; readonly rows: readonly KeyValue[] }
    | TableBlock
    | { readonly kind: 'valueChain'; readonly caption: string; readonly columns: readonly [string, string]; readonly segments: readonly ValueChainSegment[] }
    | { readonly kind: 'networkMap'; readonly caption: string; readonly map: NetworkMapData }
    | { readonly kind: 'gantt'; readonly caption: string; readonly chart: GanttData }
    | { readonly kind: 'regionMatrix'; readonly caption: string; readonly matrix: RegionMatrixData }
    | ScorecardBlock;

/** Which regions stand where on the value chain: one row per region, one column per segment. */
export interface RegionMatrixData {
    readonly segments: readonly string[];
    readonly rows: ReadonlyArray<{ readonly region: string; readonly cells: ReadonlyArray<ValueChainSegment['state']> }>;
    /** The words for the three states, and for the row that counts the regions positioned in each segment. */
    readonly legend: { readonly positioned: string; readonly outsourced: string; readonly none: string; readonly count: string };
    /** The column title of the regions, where the matrix is told as a table. */
    readonly regionTitle: string;
}

export interface TableBlock {
    readonly kind: 'table';
    readonly columns: readonly string[];
    readonly rows: ReadonlyArray<readonly string[]>;
    /** A last row that sums up the table, set apart when laid out. */
    readonly totalRow?: readonly string[];
    /** Columns holding amounts, aligned right. */
    readonly numericColumns?: readonly number[];
    /** Short columns (ids, years) kept on one line. */
    readonly compactColumns?: readonly number[];
}

export interface ValueChainSegment {
    readonly label: string;
    readonly state: 'positioned' | 'outsourced' | 'none';
    /** What the state means in words, e.g. "아웃소싱". */
    readonly stateLabel: string;
    /** The link an outsourced segment goes through. */
    readonly via?: string;
}

export interface NetworkMapData {
    readonly networks: readonly MapNetwork[];
    readonly links: readonly MapLink[];
    /** Actors that are link partners but sit in no network. */
    readonly looseActors: readonly MapActor[];
    readonly looseTitle: string;
    readonly legend: { readonly host: string; readonly bridge: string; readonly overseas: string; readonly domestic: string };
    /** What the overview says, which print shows when the whole map cannot be read on one page. */
    readonly overview: FigureOverview;
}

/** The words of a figure's overview: its caption and a note that says what it leaves out and where that is. */
export interface FigureOverview {
    readonly caption: string;
    readonly note: string;
}

export interface MapActor {
    /** The actor's name in the plan: nodes with the same key are the same actor. */
    readonly key: string;
    readonly label: string;
    readonly host: boolean;
}

export interface MapNetwork {
    readonly key: string;
    readonly label: string;
    readonly subtitle: string;
    readonly members: readonly MapActor[];
    readonly bridges: ReadonlyArray<{ readonly toNetwork: string; readonly viaLabel: string }>;
    /** The network in two lines for the overview: its members and links counted, and its host. */
    readonly summary: { readonly counts: string; readonly host: string };
}

export interface MapLink {
    readonly key: string;
    readonly label: string;
    readonly overseas: boolean;
    readonly scopeLabel: string;
    /** The partner actor's key, when it has one. */
    readonly partner?: string;
}

export interface GanttData {
    readonly startYear: number;
    readonly endYear: number;
    /** The last year of the plan's horizon, marked when tasks run past it. */
    readonly horizonEnd?: number;
    readonly horizonEndLabel: string;
    readonly tasks: readonly GanttTask[];
    readonly legend: { readonly short: string; readonly long: string; readonly unset: string; readonly arrow: string };
    /** What the overview says, which print shows when the tasks cannot be read on one page: the tasks under way each year. */
    readonly overview: FigureOverview;
    /** Column titles where the chart is told as a table. */
    readonly columns: { readonly task: string; readonly term: string };
}

export interface GanttTask {
    readonly key: string;
    readonly label: string;
    readonly term: 'short' | 'long' | undefined;
    /** Whole years, both inclusive; absent when the task has no usable period. */
    readonly start?: number;
    readonly end?: number;
    /** Shown instead of a bar when the period is missing or reversed. */
    readonly problem?: string;
    readonly after: readonly string[];
}

export interface ScorecardBlock {
    readonly kind: 'scorecard';
    readonly summaryTitle: string;
    readonly columns: { readonly category: string; readonly score: string; readonly rule: string; readonly principle: string; readonly result: string; readonly detail: string };
    readonly scoreRule: string;
    readonly categories: readonly ScorecardCategory[];
}

export interface ScorecardCategory {
    readonly id: string;
    readonly title: string;
    readonly scoreText: string;
    /** Whole percent of rules met; absent when the category had nothing to assess. */
    readonly percent?: number;
    readonly rows: readonly ScorecardRow[];
}

export interface ScorecardRow {
    readonly ruleId: string;
    readonly principle: string;
    readonly status: RuleStatus;
    readonly statusLabel: string;
    /** Messages of a failed rule, or the reason of a waived one. */
    readonly details: readonly string[];
    /** 0-based plan line the row points at (the first finding, or the waiver). */
    readonly line?: number;
}
