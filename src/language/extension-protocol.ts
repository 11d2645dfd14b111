/**
 * What passes between the VS Code extension and the language server beyond standard LSP.
 * Both are optional: another editor asks for neither and the server behaves as a plain
 * language server.
 */

/** What the extension asks for when it starts the server (LSP `initializationOptions`). */
export interface ExtensionInitOptions {
    /** Send a plan's score after every check of it (`PLAN_SCORE_NOTIFICATION`). */
    readonly planScores?: boolean;
    /**
     * Link rule pages to what the extension opens instead of to the package's Markdown files;
     * `{id}` in each stands for the rule id. `markdown` is for links in hovers, where an editor
     * may allow fewer kinds of link than in a diagnostic's code.
     */
    readonly rulePageLinks?: { readonly diagnostic: string; readonly markdown: string };
    /** A link in hovers that opens the principles scorecard of the plan in the editor; the checklist of what a plan lacks ends with it. */
    readonly scorecardLink?: string;
}

/** Sent by the server after each check of an open plan, when the extension asked for it. */
export const PLAN_SCORE_NOTIFICATION = 'clusterPlan/planScore';

export interface PlanScoreParams {
    readonly uri: string;
    readonly version?: number;
    /** Principles met (passed or waived) of those assessed, as the code lens and the document count them; absent while the plan has syntax errors. */
    readonly score?: { readonly met: number; readonly assessed: number };
    readonly errors: number;
    readonly warnings: number;
}
