import { atName } from '../../findings.js';
import { toEok } from '../../money.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'agency-budget',
    category: 'governance',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '전담기구는 독립적인 예산을 가진다.',
        en: 'The agency has a budget of its own.'
    },
    trigger: {
        ko: 'agency에 budget이 없거나, 그 budget이 0일 때 (0 억원, 0 KRW 등 단위와 상관없이)',
        en: 'an `agency` has no `budget`, or its `budget` is zero (`0 억원`, `0 KRW`, … in any unit)'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 민관협력체제',
        passage: '독립적인 예산과 활동계획을 가지고 활동하는 형태여야 하며',
        gist: 'It works with its own budget and activity plan.'
    },
    messages: {
        main: {
            ko: '전담기구 {name}에 독립 예산(budget)이 없습니다. 보고서는 전담기구가 독립적인 예산과 활동계획을 가지고 활동해야 한다고 합니다: 전담기구 {name}에 `budget 50 억원`처럼 예산 금액을 추가하세요.',
            en: 'Agency {name} has no budget of its own. The report wants the agency to work with its own budget and activity plan: add its amount to agency {name}, e.g. `budget 3500000 USD`.'
        },
        zero: {
            ko: '전담기구 {name}의 예산이 {amount}입니다. 0인 예산은 예산이 없는 것과 같습니다. 보고서는 전담기구가 독립적인 예산을 가지고 활동해야 한다고 합니다: 실제 예산 금액을 적으세요 (예: `budget 50 억원`).',
            en: 'The budget of agency {name} is {amount}, which is no budget at all. The report wants the agency to work with a budget of its own: write the real amount (e.g. `budget 3500000 USD`).'
        }
    },
    applies: facts => facts.agencies.length > 0,
    check: facts => facts.agencies.flatMap(agency => {
        const budget = agency.budget;
        if (!budget) {
            return [atName(agency.node)];
        }
        const { money } = budget;
        return toEok(money) === 0
            ? [{ node: budget, property: 'money', message: 'zero' as const, args: { name: agency.node.name, amount: `${money.amount} ${money.unit}` } }]
            : [];
    }),
    examples: {
        failing: 'agency BioAgency "바이오진흥원" {\n    independent\n}',
        passing: 'agency BioAgency "바이오진흥원" {\n    independent\n    budget 50 억원\n}'
    }
});
