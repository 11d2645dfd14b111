import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'network-required',
    category: 'networks',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '효율적인 정보교류 네트워크가 성공의 관건이다.',
        en: 'An efficient information-sharing network is the key to success.'
    },
    trigger: {
        ko: '계획에 network가 없을 때',
        en: 'the plan has no `network`'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점',
        passage: '효율적인 정보교류의 네트워크 형성여부가 성공의 관건(Saxenian, 1996)',
        gist: 'Whether an efficient information-exchange network forms decides success (Saxenian, 1996).'
    },
    messages: {
        main: {
            ko: '네트워크(network)가 없습니다. 효율적인 정보교류 네트워크의 형성 여부가 클러스터 성공의 관건입니다: 기업인들이 자발적으로 참여하고 싶어 할 `network … "…" { kind business }`를 추가하고 구성원(`members`), 모임 주기(`meets`), 제공 서비스(`offers`)를 적으세요.',
            en: 'The plan has no network. Whether an efficient information-sharing network forms decides a cluster\'s success: add a `network … "…" { kind business }` that business people want to join, with its `members`, `meets` cadence and `offers`.'
        }
    },
    check: facts => when(facts.networks.length === 0, () => atPlan(facts)),
    examples: {
        failing: 'region "부산광역시"',
        passing: 'network Forum "해양바이오 포럼" { kind business }'
    }
});
