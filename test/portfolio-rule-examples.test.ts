import { describe, expect, test } from 'vitest';
import { PORTFOLIO_RULES } from '../src/analysis/catalogue.js';
import { examplePortfolio } from '../src/analysis/rule.js';
import { checkPortfolioTexts } from './support/portfolio-cases.js';

describe('portfolio rule examples', () => {
    for (const rule of PORTFOLIO_RULES) {
        test(`${rule.id}: the failing example portfolio fires it, the passing one does not`, async () => {
            expect((await checkPortfolioTexts(examplePortfolio(rule.examples.failing))).located(rule.id)).not.toEqual([]);
            const passing = await checkPortfolioTexts(examplePortfolio(rule.examples.passing));
            expect(passing.located(rule.id)).toEqual([]);
            const broken = passing.documents.flatMap(document => (document.diagnostics ?? []).map(d => String(d.code)))
                .filter(code => code === 'syntax' || code === 'reference');
            expect(broken).toEqual([]);
        });
    }
});
