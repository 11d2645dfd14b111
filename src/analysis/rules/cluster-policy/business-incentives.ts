import { requiredListCheck } from '../../checks/required-lists.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'business-incentives',
    category: 'cluster-policy',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '세제지원과 규제감면으로 기업환경을 개선한다.',
        en: 'Improve the business environment with tax support and deregulation.'
    },
    trigger: {
        ko: 'incentives가 없거나 tax, deregulation 중 빠진 것이 있을 때 (빠진 것을 밝혀 하나)',
        en: '`incentives` is missing, or lacks tax or deregulation (one diagnostic naming the missing)'
    },
    source: {
        heading: '▶ 클러스터 중심 정책',
        passage: '세제지원 및 규제감면 등 기업환경 개선',
        gist: 'Improve the business environment through tax support and regulatory relief.'
    },
    messages: {
        main: {
            ko: '기업환경 개선책(incentives)에 {missing}이(가) 없습니다. 보고서는 세제지원과 규제감면 등으로 기업환경을 개선하라고 합니다: `incentives {values}`로 적으세요.',
            en: 'The business-environment measures (`incentives`) lack {missing}. The report asks to improve the business environment with tax support and deregulation: write `incentives {values}`.'
        }
    },
    ...requiredListCheck('incentives'),
    examples: {
        failing: 'incentives tax',
        passing: 'incentives tax, deregulation'
    }
});
