import { requiredListCheck } from '../../checks/required-lists.js';
import { MARKET_SYSTEM_INCENTIVES } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'market-entry-exit',
    category: 'cluster-policy',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '시장의 진입·퇴출 시스템을 정비한다.',
        en: 'Build a market system that firms can enter and leave.'
    },
    trigger: {
        ko: 'incentives가 없거나 exit가 빠져 있을 때',
        en: '`incentives` is missing, or lacks `exit`'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 시장시스템 조성; □ 선진 바이오클러스터의 성공요인 ▶ 클러스터 구조특성의 적합성',
        passage: '시장의 진입, 퇴출 시스템 정비 / 기술혁신 강화형 시스템(기업이 기술혁신에 전념할 수 있는 환경이 뒷받침됨, 예를 들어 높은 보수, 직업안정성, 기업의 시장 진입/퇴출 구조 등등)',
        gist: 'Put a market entry and exit system in place; a system that fosters innovation lets firms concentrate on it, with high pay, job security and a structure for firms to enter and leave the market.'
    },
    messages: {
        main: {
            ko: '기업환경 개선책에 시장 진입·퇴출 시스템(`exit`)이 없습니다. 보고서는 시장의 진입·퇴출 시스템을 정비해 새 기업은 쉽게 들어오고 경쟁력 없는 기업은 물러나게 하라고 합니다: `incentives {values}`로 적으세요.',
            en: 'The business-environment measures have no market entry and exit system (`exit`). The report calls for a market that new firms enter easily and uncompetitive ones leave: write `incentives {values}`.'
        }
    },
    ...requiredListCheck('incentives', MARKET_SYSTEM_INCENTIVES),
    examples: {
        failing: 'incentives tax, deregulation',
        passing: 'incentives tax, deregulation, exit'
    }
});
