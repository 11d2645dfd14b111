import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'overseas-link',
    category: 'networks',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '해외 핵심클러스터와의 연계거점과 교류채널을 확보한다.',
        en: 'Secure hubs and channels to core overseas clusters.'
    },
    trigger: {
        ko: 'scope overseas인 link가 없을 때',
        en: 'no `link` has `scope overseas`'
    },
    source: {
        heading: '▶ 네트워크 구축; ▶ 전문 네트워크 형성',
        passage: '해외 핵심클러스터와의 연계거점 및 교류채널 확보',
        gist: 'Secure bases and exchange channels with core overseas clusters.'
    },
    messages: {
        main: {
            ko: '해외 핵심클러스터와의 연계(scope overseas인 link)가 없습니다. 보고서는 해외 핵심클러스터와의 연계거점과 교류채널을 확보하라고 합니다: `link … "…" { scope overseas channel "…" }`를 추가하고 교류 방안을 적으세요.',
            en: 'The plan has no tie to a core overseas cluster (a `link` with `scope overseas`). The report asks for a base and an exchange channel with core overseas clusters: add `link … "…" { scope overseas channel "…" }` with the means of exchange.'
        }
    },
    check: facts => when(!facts.links.some(link => link.scope?.value === 'overseas'), () => atPlan(facts)),
    examples: {
        failing: 'link Seoul "서울 바이오허브" { scope domestic }',
        passing: 'link Boston "보스턴 클러스터" { scope overseas }'
    }
});
