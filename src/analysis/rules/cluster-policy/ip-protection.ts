import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';
import { isFilled } from '../../texts.js';

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
        ko: 'ip 항목이 없거나, 그 글이 비어 있거나 채우지 않은 자리표시("<…>")일 때',
        en: 'no `ip` clause, or its text is blank or an unfilled placeholder (`"<…>"`)'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점',
        passage: 'Knowledge Spilover에 대한 제도적 보호장치 완비 — 지적재산권보호 제도가 완비되어야 기업들이 핵심기술에 대해 공유와 토론이 가능해짐',
        gist: 'Institutional safeguards for knowledge spillover: only with full IP protection can firms share and discuss core technology.'
    },
    messages: {
        main: {
            ko: '지식재산 보호 방안이 없습니다. 지적재산권 보호가 갖춰져야 기업들이 핵심기술을 공유하고 토론합니다: `ip "…"`를 추가하세요.',
            en: 'The plan has no intellectual-property safeguard. Firms share and discuss core technology only when it is protected: add `ip "…"`.'
        },
        blank: {
            ko: '지식재산 보호 방안(ip)이 비어 있습니다. 지적재산권 보호가 갖춰져야 기업들이 핵심기술을 공유하고 토론합니다: 보호 방안을 적으세요 (예: `ip "지식재산 보호 지원센터 운영"`).',
            en: 'The intellectual-property safeguard (`ip`) is blank. Firms share and discuss core technology only when it is protected: say how (e.g. `ip "an IP protection support centre"`).'
        }
    },
    check: facts => {
        const ip = facts.ip;
        if (!ip) {
            return [atPlan(facts)];
        }
        return when(!isFilled(ip), () => ({ node: ip, property: 'text', message: 'blank' }));
    },
    examples: {
        failing: 'region "부산광역시"',
        passing: 'ip "지식재산 보호 지원센터 운영"'
    }
});
