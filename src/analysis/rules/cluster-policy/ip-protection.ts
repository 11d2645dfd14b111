import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'ip-protection',
    category: 'cluster-policy',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '지식 유출(Knowledge Spillover)에 대한 제도적 보호장치를 갖춘다.',
        en: 'Protect knowledge spillover with intellectual-property safeguards.'
    },
    trigger: {
        ko: 'ip 항목이 없을 때',
        en: 'no `ip` clause'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점',
        passage: 'Knowledge Spilover에 대한 제도적 보호장치 완비 — 지적재산권보호 제도가 완비되어야 기업들이 핵심기술에 대해 공유와 토론이 가능해짐',
        gist: 'Institutional safeguards for knowledge spillover: only with full IP protection can firms share and discuss core technology.'
    },
    messages: {
        main: {
            ko: '지식재산 보호장치(ip)가 없습니다.',
            en: 'No intellectual-property safeguard (`ip`).'
        }
    },
    check: facts => when(!facts.ip, () => atPlan(facts)),
    examples: {
        failing: 'region "부산광역시"',
        passing: 'ip "지식재산 보호 지원센터 운영"'
    }
});
