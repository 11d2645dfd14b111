import { VALUE_CHAIN_SEGMENTS } from '../../prescriptions.js';
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
        ko: 'vision에 position이 없거나, position이 가치사슬의 여섯 단계를 모두 담을 때',
        en: 'a `vision` has no `position`, or its `position` lists all six segments'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 전문 네트워크 형성',
        passage: '한 지역내에서 모든 기능을 다 수행할 수 없으므로 우리 지역이 담당할 수 있는 가치사슬 상의 포지셔닝을 분명히 하고',
        gist: 'No region can do every function, so be clear about the region\'s position on the value chain.'
    },
    messages: {
        main: {
            ko: '비전에 가치사슬 포지셔닝(position)이 없습니다. 한 지역이 모든 기능을 다 수행할 수는 없으므로 우리 지역이 담당할 단계를 분명히 해야 합니다: `position research, discovery`처럼 지역이 맡을 단계를 추가하세요.',
            en: 'The vision has no value-chain `position`. No region can do every function, so the plan must be clear about the segments the region takes on: add them, e.g. `position research, discovery`.'
        },
        allSegments: {
            ko: '비전의 포지셔닝(position)이 가치사슬 여섯 단계를 모두 담고 있습니다. 한 지역이 모든 기능을 다 수행할 수는 없습니다: 지역이 강한 단계만 남기고(예: `position research, discovery`) 나머지는 `outsource … to …`로 다른 지역에 맡기세요.',
            en: 'The vision\'s `position` lists all six value-chain segments. No region can do every function: keep the segments the region is strong in (e.g. `position research, discovery`) and source the others from elsewhere with `outsource … to …`.'
        }
    },
    applies: facts => facts.vision !== undefined,
    check: facts => {
        const vision = facts.vision;
        if (!vision) {
            return [];
        }
        if (!vision.position) {
            return [{ node: vision.node, keyword: 'vision' }];
        }
        const listed = new Set(vision.position.segments);
        return VALUE_CHAIN_SEGMENTS.every(segment => listed.has(segment))
            ? [{ node: vision.position, message: 'allSegments' }]
            : [];
    },
    examples: {
        failing: 'vision "해양바이오 허브" { }',
        passing: 'vision "해양바이오 허브" {\n    position research, preclinical\n}'
    }
});
