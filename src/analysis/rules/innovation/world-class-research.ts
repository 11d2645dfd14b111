import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'world-class-research',
    category: 'innovation',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '세계적 수준의 대학·공공연구소를 지역에 두거나 그런 연구기반과 연계한다.',
        en: 'Have a world-class university or public institute in the region, or a link to such a research base.'
    },
    trigger: {
        ko: 'tier global인 institution도, tier global인 link도 없을 때',
        en: 'no `institution` has `tier global` and no `link` has `tier global`'
    },
    source: {
        heading: '□ 세가지 핵심과제 / ▶ 지역혁신 기반 조성 / ▶ 4단계',
        passage: '세계적 수준의 대학/공공연구소가 필수적으로 있어야 함 / 세계적수준의 기술개발력을 지역내에 보유해야하는 점은 필수적 / 세계적인 연구/과학기반의 설립(또는 연계)',
        gist: 'A world-class university or public research institute is a must; world-class R&D capability within the region is essential; set up (or link to) a world-class research and science base.'
    },
    messages: {
        main: {
            ko: '세계적 수준의 대학·연구기관이 계획에 없고, 그런 연구기반과의 연계도 없습니다. 보고서는 세계적 수준의 대학·공공연구소가 반드시 있어야 하며 이를 설립하거나 연계하라고 합니다: 그런 기관을 유치·육성해 `institution … "…" { tier global }`을 추가하거나, `link … "…" { tier global }`로 세계적 연구기반과 연계하세요.',
            en: 'The plan has no world-class university or institute, and no link to one. The report holds that a world-class university or public institute is a must, set up or linked to: attract or grow one and add `institution … "…" { tier global }`, or link to such a base with `link … "…" { tier global }`.'
        }
    },
    check: facts => when(
        !facts.institutions.some(institution => institution.tier?.value === 'global') && !facts.links.some(link => link.tier?.value === 'global'),
        () => atPlan(facts)),
    examples: {
        failing: 'institution PNU "부산대학교" { tier national }',
        passing: 'institution PNU "부산대학교" { tier national }\nlink Boston "보스턴 바이오클러스터" {\n    scope overseas\n    tier global\n}'
    }
});
