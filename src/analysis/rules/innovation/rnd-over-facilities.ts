import { isPublicMoney } from '../../checks/public-funds.js';
import type { FundFacts, PlanFacts } from '../../facts.js';
import { atName } from '../../findings.js';
import { formatEok, toEok } from '../../money.js';
import { FACILITIES_PURPOSE, RESEARCH_PURPOSE } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

const publicFundsFor = (facts: PlanFacts, purpose: string): FundFacts[] =>
    facts.funds.filter(fund => isPublicMoney(fund) && fund.purpose?.value === purpose);
const eokOf = (fund: FundFacts) => fund.amount ? toEok(fund.amount.money) : 0;
const sum = (funds: readonly FundFacts[]) => funds.reduce((total, fund) => total + eokOf(fund), 0);

export default defineRule({
    id: 'rnd-over-facilities',
    category: 'innovation',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '공공 자금은 시설보다 기술학습과 연구개발에 더 쓴다.',
        en: 'Public money goes to technology learning and R&D more than to facilities.'
    },
    trigger: {
        ko: 'purpose infrastructure인 공공 자금 펀드의 금액 합이 purpose research인 공공 자금 펀드의 금액 합보다 클 때 (억원 기준; purpose infrastructure인 공공 자금 펀드가 있을 때만, 하나)',
        en: 'the amounts of public-money funds with `purpose infrastructure` add up to more than those of public-money funds with `purpose research`, in 억원 (only when a public-money fund has `purpose infrastructure`) (one diagnostic)'
    },
    source: {
        heading: '▶ 바이오클러스터와 같은 SME 클러스터의 정책; □ 한국적 바이오클러스터의 전략 ▶ 하이테크 R&D 클러스터화',
        passage: '생산관련 활동보다는 기술학습에 좀더 집중하도록 유인필요 / 설비 및 생산 투자 연구개발 지원위주로 / 기초 R&D 중심기업 집중지원',
        gist: 'Give incentives to concentrate on technology learning rather than production; move support from equipment and production investment to R&D; concentrate on firms centred on basic R&D.'
    },
    messages: {
        main: {
            ko: '공공 자금 중 시설·인프라 펀드(`purpose infrastructure`)의 합계 {facilities}이(가) 연구개발 펀드(`purpose research`)의 합계 {research}보다 많습니다. 보고서는 생산·설비보다 기술학습에 집중하고 기초 R&D 중심으로 지원하라고 합니다: `purpose research`인 공공 펀드의 `amount` 합계를 {facilities} 이상으로 늘리거나 시설 펀드 {name}의 `amount`를 줄이세요.',
            en: 'Public money for facilities (`purpose infrastructure`, {facilities} in all) exceeds public money for research (`purpose research`, {research}). The report puts technology learning before production and focuses support on basic R&D: raise the `amount` of public research funds to {facilities} at least, or lower the `amount` of facilities fund {name}.'
        },
        facilitiesFund: {
            ko: '시설·인프라 공공 펀드 {name}: {amount}',
            en: 'public facilities fund {name}: {amount}'
        },
        researchFund: {
            ko: '연구개발 공공 펀드 {name}: {amount}',
            en: 'public research fund {name}: {amount}'
        }
    },
    applies: facts => publicFundsFor(facts, FACILITIES_PURPOSE).length > 0,
    check: facts => {
        const facilities = publicFundsFor(facts, FACILITIES_PURPOSE);
        const research = publicFundsFor(facts, RESEARCH_PURPOSE);
        if (facilities.length === 0 || sum(facilities) <= sum(research)) {
            return [];
        }
        const note = (message: 'facilitiesFund' | 'researchFund') => (fund: FundFacts) =>
            ({ node: fund.node, property: 'name', message, args: { name: fund.node.name, amount: formatEok(eokOf(fund)) } });
        // On the largest facilities fund, the one to cut first; the other funds compared are related.
        const largest = facilities.reduce((top, fund) => eokOf(fund) > eokOf(top) ? fund : top);
        return [atName(largest.node, {
            args: { facilities: formatEok(sum(facilities)), research: formatEok(sum(research)) },
            related: [
                ...facilities.filter(fund => fund !== largest).map(note('facilitiesFund')),
                ...research.map(note('researchFund'))
            ]
        })];
    },
    examples: {
        failing: 'fund Lab "공동장비센터 건립" {\n    source public\n    amount 300 억원\n    purpose infrastructure\n}\nfund Seed "기초연구 과제" {\n    source public\n    amount 100 억원\n    purpose research\n}',
        passing: 'fund Lab "공동장비센터 건립" {\n    source public\n    amount 100 억원\n    purpose infrastructure\n}\nfund Seed "기초연구 과제" {\n    source public\n    amount 300 억원\n    purpose research\n}'
    }
});
