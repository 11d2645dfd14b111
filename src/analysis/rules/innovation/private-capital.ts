import type { FundFacts } from '../../facts.js';
import { atPlan } from '../../findings.js';
import { formatEok, formatNumber, toEok } from '../../money.js';
import { defineRule } from '../../rule.js';

/** Money of private investors: `source private` or `source joint`. */
const bringsPrivateMoney = (fund: FundFacts) => fund.source?.value === 'private' || fund.source?.value === 'joint';
const eokOf = (fund: FundFacts) => fund.amount ? toEok(fund.amount.money) : 0;
const sum = (funds: readonly FundFacts[]) => funds.reduce((total, fund) => total + eokOf(fund), 0);
const formatPercent = (value: number) => `${formatNumber(value, 1)}%`;

export default defineRule({
    id: 'private-capital',
    category: 'innovation',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: 'VC와의 공동 벤처투자 등 민간투자체제를 정착시킨다.',
        en: 'Establish private investment, such as joint venture funds with VCs.'
    },
    trigger: {
        ko: 'source private 또는 source joint인 fund가 없을 때, 또는 amount가 있는 fund가 하나라도 있고 4 × (private·joint 펀드 금액 합) < (모든 펀드 금액 합)일 때 (억원 기준, 하나)',
        en: 'no `fund` has `source private` or `source joint`; or at least one `fund` has an `amount` and 4 × (amounts of `private` and `joint` funds) < (amounts of all funds), in 억원 (one diagnostic)'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 민간투자체제 정착',
        passage: '벤처투자 자금에대한 세제지원과 규제감면정책 등 / VC와의 공동 벤처투자 재원확대 등',
        gist: 'Tax support and deregulation for venture investment; expand joint venture investment with venture capital.'
    },
    messages: {
        main: {
            ko: '민간 또는 민관 공동 재원의 펀드가 없습니다. 보고서는 VC와의 공동 벤처투자 재원을 늘려 민간투자체제를 정착시키라고 합니다: `fund … "…" { source joint }`를 추가하세요.',
            en: 'No fund has private or joint money. The report calls for a private investment system, with more joint venture funds alongside VCs: add `fund … "…" { source joint }`.'
        },
        share: {
            ko: '펀드 총액 {total} 중 민간·민관 공동 재원은 {privateTotal}({percent})뿐입니다. 보고서는 VC와의 공동 벤처투자 재원을 늘려 민간투자체제를 정착시키라고 합니다: 민간·공동 재원이 총액의 4분의 1 이상이 되도록 `fund … "…" { source joint amount {neededAmount} }`을 추가하거나 펀드의 `source`와 `amount`를 고치세요.',
            en: 'Of {total} in all funds, only {privateTotal} ({percent}) is private or joint money. The report calls for a private investment system, with more joint venture funds alongside VCs: bring private and joint money to a quarter at least, e.g. add `fund … "…" { source joint amount {neededAmount} }`, or correct the funds\' `source` and `amount`.'
        },
        privateFund: {
            ko: '민간·공동 재원 펀드 {name}: {amount} (총액의 {share})',
            en: 'private or joint fund {name}: {amount} ({share} of the total)'
        },
        publicFund: {
            ko: '공공 자금 펀드 {name}: {amount} (총액의 {share})',
            en: 'public-money fund {name}: {amount} ({share} of the total)'
        }
    },
    check: facts => {
        const funds = facts.funds;
        const total = sum(funds);
        const privateTotal = sum(funds.filter(bringsPrivateMoney));
        // The joint money x, in whole 억원, that brings the share to a quarter: 4 × (private + x) ≥ total + x.
        const needed = Math.max(0, Math.ceil((total - 4 * privateTotal) / 3));
        if (!funds.some(bringsPrivateMoney)) {
            return [atPlan(facts, { args: { needed } })];
        }
        if (!funds.some(fund => fund.amount) || 4 * privateTotal >= total) {
            return [];
        }
        const percent = (eok: number) => formatPercent(100 * eok / total);
        return [atPlan(facts, {
            message: 'share',
            args: { total: formatEok(total), privateTotal: formatEok(privateTotal), percent: percent(privateTotal), needed, neededAmount: `${needed} 억원` },
            related: funds.map(fund => ({
                node: fund.node, property: 'name', message: bringsPrivateMoney(fund) ? 'privateFund' as const : 'publicFund' as const,
                args: { name: fund.node.name, amount: formatEok(eokOf(fund)), share: percent(eokOf(fund)) }
            }))
        })];
    },
    examples: {
        failing: 'fund Growth "바이오 육성펀드" {\n    source public\n    amount 100 억원\n}',
        passing: 'fund Growth "바이오 육성펀드" {\n    source public\n    amount 100 억원\n}\nfund Venture "공동 벤처투자펀드" {\n    source joint\n    amount 50 억원\n}'
    }
});
