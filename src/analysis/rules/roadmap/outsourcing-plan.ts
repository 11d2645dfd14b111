import { when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'outsourcing-plan',
    category: 'roadmap',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '분산협력형이라면 아웃소싱할 부분의 네트워크 방안을 검토한다.',
        en: 'A distributed cluster plans what it sources from elsewhere, and through which tie.'
    },
    trigger: {
        ko: 'structure distributed인데 outsource … to가 없을 때',
        en: '`structure distributed` and the vision has no `outsource … to`'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 전문 네트워크 형성',
        passage: '아웃소싱할 수 있는 부분에 대한 네트워크 방안을 검토해야 함',
        gist: 'Work out the network through which the parts the region does not do itself are outsourced.'
    },
    messages: {
        main: {
            ko: '비전이 분산협력형(structure distributed)인데 아웃소싱 방안(outsource … to)이 없습니다. 다른 지역에 맡길 가치사슬 단계와 그 연계(link)를 밝히세요.',
            en: 'The vision chooses `structure distributed` but has no `outsource … to <link>`: say which segments are sourced from elsewhere and through which link.'
        }
    },
    applies: facts => facts.vision?.structure?.value === 'distributed',
    check: facts => when(facts.vision?.structure?.value === 'distributed' && !facts.vision.outsource,
        () => ({ node: facts.vision!.structure! })),
    examples: {
        failing: 'vision "해양바이오 허브" {\n    structure distributed\n}',
        passing: 'link Boston "보스턴 클러스터" { scope overseas }\nvision "해양바이오 허브" {\n    structure distributed\n    outsource manufacturing to Boston\n}'
    }
});
