import type { LangiumDocument } from 'langium';
import type { Finding } from '../analysis/findings.js';

/**
 * What the portfolio a plan belongs to finds on it, added to its own findings by the
 * validator. Outside a language server a plan is checked alone (`cplan portfolio` adds the
 * portfolio findings itself); the language server provides the workspace's portfolios.
 */
export interface PortfolioFindings {
    findingsFor(document: LangiumDocument): readonly Finding[];
}

export const NO_PORTFOLIO: PortfolioFindings = { findingsFor: () => [] };
