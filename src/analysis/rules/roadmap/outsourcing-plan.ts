import { keywords, missingFrom } from '../../findings.js';
import { VALUE_CHAIN_SEGMENTS } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'outsourcing-plan',
    category: 'roadmap',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '지역이 맡지 않는 가치사슬 단계는 어디서, 어떤 연계로 조달할지 네트워크 방안을 세운다.',
        en: 'Plan where, and through which tie, the value-chain segments the region does not do itself are sourced.'
    },
    trigger: {
        ko: 'vision에 outsource … to가 없고, structure distributed이거나 position이 여섯 단계 중 하나라도 빠뜨릴 때 (position이 없으면 여섯 단계를 모두 빠뜨린 것으로 봄)',
        en: 'a `vision` has no `outsource … to`, and either it has `structure distributed` or its `position` leaves out at least one of the six segments (a vision without `position` leaves out all six)'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 전문 네트워크 형성',
        passage: '지역간, 기업 기능간 네트워크 필요 : 한 지역내에서 모든 기능을 다 수행할 수 없으므로 우리 지역이 담당할 수 있는 가치사슬 상의 포지셔닝을 분명히 하고, 아웃소싱할 수 있는 부분에 대한 네트워크 방안을 검토해야 함',
        gist: 'Networks between regions and business functions: no region can do every function, so be clear about the region\'s position and work out the network for what can be outsourced.'
    },
    messages: {
        main: {
            ko: '비전의 포지셔닝(position)에 {missing}이(가) 빠져 있는데, 이 단계를 어디서 조달할지 없습니다. 한 지역이 모든 기능을 수행할 수 없으므로 아웃소싱할 부분의 네트워크 방안을 세워야 합니다: `outsource {segments} to …`를 추가하세요 (…는 그 단계를 맡을 다른 지역과의 link).',
            en: 'The vision\'s `position` leaves out {missing}, and the plan does not say where these come from. No region can do every function, so plan the network for what is outsourced: add `outsource {segments} to …`, naming the `link` to the region that does them.'
        },
        distributed: {
            ko: '비전이 분산협력형(structure distributed)인데 아웃소싱 방안(outsource … to)이 없습니다. 분산협력형 클러스터는 다른 지역과 기능을 나누므로 맡길 부분의 네트워크 방안이 필요합니다: `outsource manufacturing to …`처럼 맡길 단계와 그 연계(link)를 추가하세요.',
            en: 'The vision chooses `structure distributed` but has no `outsource … to`. A distributed cluster shares functions with other regions and needs a network for what it hands over: add the segments and the `link` they go through, e.g. `outsource manufacturing to …`.'
        },
        noPosition: {
            ko: '비전에 포지셔닝(position)도 아웃소싱 방안(outsource … to)도 없어, 가치사슬의 어느 단계를 지역이 맡고 어느 단계를 다른 지역에 맡길지 알 수 없습니다. 한 지역이 모든 기능을 수행할 수는 없습니다: `position research, discovery`와 `outsource clinical, manufacturing to …`처럼 나누어 적으세요.',
            en: 'The vision has neither a `position` nor an `outsource … to`, so the plan does not say which segments the region does and which come from elsewhere. No region can do every function: split them, e.g. `position research, discovery` and `outsource clinical, manufacturing to …`.'
        }
    },
    applies: facts => facts.vision !== undefined,
    check: facts => {
        const vision = facts.vision;
        if (!vision || vision.outsource) {
            return [];
        }
        if (!vision.position) {
            return [{ node: vision.node, keyword: 'vision', message: 'noPosition' }];
        }
        const missing = missingFrom(VALUE_CHAIN_SEGMENTS, vision.position.segments);
        if (missing.length > 0) {
            return [{ node: vision.position, args: { missing: keywords(missing, 'Segment'), segments: keywords(missing) } }];
        }
        return vision.structure?.value === 'distributed' ? [{ node: vision.structure, message: 'distributed' }] : [];
    },
    examples: {
        failing: 'vision "해양바이오 허브" {\n    position research, discovery\n}',
        passing: 'link Osong "오송 첨단의료복합단지" {\n    scope domestic\n    channel "임상·생산 위탁 협약"\n}\nvision "해양바이오 허브" {\n    position research, discovery\n    outsource preclinical, clinical, manufacturing, marketing to Osong\n}'
    }
});
