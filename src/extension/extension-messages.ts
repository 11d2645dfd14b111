import * as vscode from 'vscode';

/**
 * Everything the extension itself says to the user. The English text is the key; VS Code
 * shows the Korean of `l10n/bundle.l10n.ko.json` when its display language is Korean.
 */
export const extensionMessages = {
    serverRestarted: () => vscode.l10n.t('The Cluster Plan language server was restarted.'),
    previewTitle: (name: string) => vscode.l10n.t('Preview: {0}', name),
    noPlanOpen: () => vscode.l10n.t('No .cplan plan is open.'),
    syntaxErrors: (count: number) => vscode.l10n.t('The plan has {0} syntax error(s), so no document can be made; fix them first (see the Problems panel).', count),
    previewStale: (count: number) => vscode.l10n.t('{0} syntax error(s): showing the plan as it last parsed.', count),
    pickFormat: () => vscode.l10n.t('Choose the document format'),
    formatHtml: () => vscode.l10n.t('HTML (web browser, print)'),
    formatMd: () => vscode.l10n.t('Markdown'),
    formatDocx: () => vscode.l10n.t('Word document (DOCX)'),
    formatHwpx: () => vscode.l10n.t('Hangul document (HWPX)'),
    saveLabel: () => vscode.l10n.t('Save document'),
    refusePlanTarget: () => vscode.l10n.t('The document is not saved over a .cplan file (it could overwrite a plan).'),
    refuseSpecialTarget: () => vscode.l10n.t('The document is not saved over something that is not a regular file (a pipe or a device).'),
    exported: (file: string) => vscode.l10n.t('Document saved: {0}', file),
    cannotWrite: (reason: string) => vscode.l10n.t('Cannot save the document: {0}', reason),
    newPlanTitle: () => vscode.l10n.t('New plan'),
    regionPrompt: () => vscode.l10n.t('The region the plan is for: pick it, or type its name'),
    planFiles: () => vscode.l10n.t('Cluster Plan plans'),
    createPlan: () => vscode.l10n.t('Create plan'),
    planExists: (file: string) => vscode.l10n.t('{0} exists already: a new plan is never written over a file. Choose another name.', file),
    notPlanFile: (file: string) => vscode.l10n.t('The name of a plan file must end in .cplan: {0}', file),
    cannotWritePlan: (reason: string) => vscode.l10n.t('Cannot write the plan file: {0}', reason),
    scoreItemName: () => vscode.l10n.t('Cluster Plan score'),
    score: (met: number, assessed: number) => vscode.l10n.t('Principles {0}/{1}', met, assessed),
    noScore: () => vscode.l10n.t('Principles —'),
    scoreTooltip: (met: number, assessed: number, errors: number, warnings: number) =>
        vscode.l10n.t('The plan follows {0} of the {1} principles that apply to it; {2} error(s), {3} warning(s). Click to see the principles scorecard.', met, assessed, errors, warnings),
    noScoreTooltip: (errors: number) => vscode.l10n.t('The plan has {0} error(s) and syntax errors among them, so it is not scored; fix them first (see the Problems panel).', errors),
    showScorecard: () => vscode.l10n.t('Show the principles scorecard'),
    noSuchRule: () => vscode.l10n.t('There is no rule of that name.'),
    noPortfolio: () => vscode.l10n.t('No cplan.portfolio.json in the workspace: create one in the folder of the regional plans, holding { "title": "…" }.'),
    pickPortfolio: () => vscode.l10n.t('Choose the portfolio'),
    badPortfolio: (file: string, problem: string) => vscode.l10n.t('{0} cannot be used ({1}); run cplan portfolio in a terminal for the details.', file, problem),
    noPortfolioPlans: (file: string) => vscode.l10n.t('{0} names no plan of the workspace.', file),
    convertSyntaxErrors: (count: number) => vscode.l10n.t('The plan has {0} syntax error(s), so its keywords were not converted; fix them first (see the Problems panel).', count),
    alreadyInSpelling: (spelling: 'ko' | 'en') => spelling === 'ko'
        ? vscode.l10n.t('Every keyword of the plan is already in Korean.')
        : vscode.l10n.t('Every keyword of the plan is already in English.')
};
