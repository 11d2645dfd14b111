import { requiredListCheck } from '../../checks/required-lists.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'living-environment',
    category: 'cluster-policy',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '도로·교육·문화 등 생활환경을 개선해 인재가 머물게 한다.',
        en: 'Improve transport, education and culture so talent stays.'
    },
    trigger: {
        ko: 'environment가 없거나 education, culture, transport 중 빠진 것이 있을 때 (빠진 것을 밝혀 하나)',
        en: '`environment` is missing, or lacks any of education, culture, transport (one diagnostic naming the missing)'
    },
    source: {
        heading: '▶ 클러스터 구조특성의 적합성; ▶ 클러스터 중심 정책',
        passage: '우수한 생활환경(자연환경 및 문화환경등 생활환경이 우수하여 우수한 인력이 지역에 머무르고자 하는 동인을 제공해야 함) / 도로, 교육, 문화의 생활환경 개선',
        gist: 'A good living environment keeps talented people in the region; improve roads, education and culture.'
    },
    messages: {
        main: {
            ko: '생활환경 개선(environment)에 {missing}이(가) 없습니다. 보고서는 생활환경이 좋아야 우수한 인력이 지역에 머문다며 도로·교육·문화의 생활환경을 개선하라고 합니다: `environment {values}`로 적으세요.',
            en: 'The living-environment measures (`environment`) lack {missing}. The report notes that talent stays where living is good, and asks to improve roads, education and culture: write `environment {values}`.'
        }
    },
    ...requiredListCheck('environment'),
    examples: {
        failing: 'environment education',
        passing: 'environment education, culture, transport'
    }
});
