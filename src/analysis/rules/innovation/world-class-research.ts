import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'world-class-research',
    category: 'innovation',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '세계적 수준의 대학·공공연구소가 반드시 있어야 한다.',
        en: 'A world-class university or public institute is essential.'
    },
    trigger: {
        ko: 'tier global인 institution이 없을 때',
        en: 'no `institution` has `tier global`'
    },
    source: {
        heading: '□ 세가지 핵심과제 / ▶ 지역혁신 기반 조성',
        passage: '세계적 수준의 대학/공공연구소가 필수적으로 있어야 함 / 세계적수준의 기술개발력을 지역내에 보유해야하는 점은 필수적',
        gist: 'A world-class university or public research institute is a must; world-class R&D capability within the region is essential.'
    },
    messages: {
        main: {
            ko: '세계적 수준(tier global)의 대학·연구기관이 없습니다. 유치하거나 육성할 기관을 정하세요.',
            en: 'No world-class (`tier global`) university or institute: attract or grow one.'
        }
    },
    check: facts => when(!facts.institutions.some(institution => institution.tier?.value === 'global'),
        () => atPlan(facts)),
    examples: {
        failing: 'institution PNU "부산대학교" { tier national }',
        passing: 'institution KIOST "해양과학기술원" { tier global }'
    }
});
