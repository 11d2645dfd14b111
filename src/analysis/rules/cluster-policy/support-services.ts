import { requiredListCheck } from '../../checks/required-lists.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'support-services',
    category: 'cluster-policy',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: 'VC·특허·법률·경영자문 등 전문서비스를 함께 육성한다.',
        en: 'Grow professional services (VC, patent, legal, consulting) alongside.'
    },
    trigger: {
        ko: 'services가 없거나 venture, patent, legal, finance, consulting 중 빠진 것이 있을 때 (하나)',
        en: '`services` is missing, or lacks any of venture, patent, legal, finance, consulting (one diagnostic)'
    },
    source: {
        heading: '▶ 역할분담과 협력; ▶ 클러스터 중심 정책',
        passage: '전문서비스 역량(VC, 특허, 경영자문 등 전문서비스 공급자가 풍부하며…) / 수요연관산업 및 지원서비스 (금융, 법률, 경영컨설팅 등) 일괄육성',
        gist: 'Rich professional services (VC, patents, management advice); grow support services (finance, legal, consulting) together with demand industries.'
    },
    messages: {
        main: {
            ko: '전문 지원서비스(services)에 {missing}이(가) 없습니다. 보고서는 VC·특허·법률·금융·경영컨설팅 같은 전문서비스를 수요연관산업과 함께 일괄 육성하라고 합니다: `services {values}`로 적으세요.',
            en: 'The professional support `services` lack {missing}. The report grows VC, patent, legal, finance and consulting services together with the demand industries: write `services {values}`.'
        }
    },
    ...requiredListCheck('services'),
    examples: {
        failing: 'services venture, finance',
        passing: 'services venture, patent, legal, finance, consulting'
    }
});
