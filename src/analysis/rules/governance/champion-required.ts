import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'champion-required',
    category: 'governance',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '개발 초기에는 헌신적인 선도자(챔피언)가 필요하다.',
        en: 'Early development needs a committed leader, a champion.'
    },
    trigger: {
        ko: '계획에 champion이 없을 때',
        en: 'the plan has no `champion`'
    },
    source: {
        heading: '▶ 역할분담과 협력; ▶ 전문 네트워크 형성',
        passage: '선도자의 리더쉽(특히 개발초기에는 헌신적인 지도자의 존재가 필요) / 네트워크 활성화 챔피언 위촉 및 지원',
        gist: 'Leadership by a pioneer (a committed leader is needed especially early on); appoint and support a champion to activate the network.'
    },
    messages: {
        main: {
            ko: '챔피언(champion)이 없습니다. 보고서는 개발 초기에 지역의 존경을 받는 인사나 단체를 챔피언으로 임명해 네트워크 활성화를 맡기라고 합니다: `champion … "…" { role "…" }`를 추가하세요.',
            en: 'The plan has no champion. The report asks for a respected person or body to be appointed champion and charged with activating the network early on: add `champion … "…" { role "…" }`.'
        }
    },
    check: facts => when(facts.champions.length === 0, () => atPlan(facts)),
    examples: {
        failing: 'region "부산광역시"',
        passing: 'champion Kim "김해양 교수" {\n    role "네트워크 활성화"\n    origin local\n}'
    }
});
