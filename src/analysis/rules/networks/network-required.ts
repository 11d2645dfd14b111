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
            ko: '네트워크(network)가 없습니다. 기업인이 자발적으로 참여할 네트워크를 만드세요.',
            en: 'No `network`: build one that business people want to join.'
        }
    },
    check: facts => when(facts.networks.length === 0, () => atPlan(facts)),
    examples: {
        failing: 'region "부산광역시"',
        passing: 'network Forum "해양바이오 포럼" { kind business }'
    }
});
