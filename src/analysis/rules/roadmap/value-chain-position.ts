import { when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'value-chain-position',
    category: 'roadmap',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '가치사슬에서 우리 지역이 담당할 포지셔닝을 분명히 한다.',
        en: 'Make clear where on the value chain the region stands.'
    },
    trigger: {
        ko: 'vision에 position이 없을 때',
        en: 'a `vision` has no `position`'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 전문 네트워크 형성',
        passage: '한 지역내에서 모든 기능을 다 수행할 수 없으므로 우리 지역이 담당할 수 있는 가치사슬 상의 포지셔닝을 분명히 하고',
        gist: 'No region can do every function, so be clear about the region\'s position on the value chain.'
    },
    messages: {
        main: {
            ko: '비전에 가치사슬 포지셔닝(position)이 없습니다. 연구·발굴·전임상·임상·생산·마케팅 중 어디를 담당할지 밝히세요.',
            en: 'The vision has no `position`: say which value-chain segments (research … marketing) the region takes on.'
        }
    },
    applies: facts => facts.vision !== undefined,
    check: facts => when(facts.vision !== undefined && !facts.vision.position,
        () => ({ node: facts.vision!.node, keyword: 'vision' })),
    examples: {
        failing: 'vision "해양바이오 허브" { }',
        passing: 'vision "해양바이오 허브" {\n    position research, preclinical\n}'
    }
});
