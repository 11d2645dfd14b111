import type { LinkFacts, PlanFacts } from '../../facts.js';
import { defineRule } from '../../rule.js';
import { isFilled } from '../../texts.js';

/** The link a vision's `outsource … to` names, when the name resolves. */
const outsourcingLink = (facts: PlanFacts): LinkFacts | undefined => {
    const link = facts.vision?.outsource?.link?.ref;
    return link && facts.links.find(candidate => candidate.node === link);
};

export default defineRule({
    id: 'outsource-channel',
    category: 'roadmap',
    severity: 'info',
    kind: 'principle',
    principle: {
        ko: '다른 지역에 맡기는 부분은 구체적인 연계 방안(교류 채널)까지 정한다.',
        en: 'What is sourced from another region comes with a concrete channel for the tie.'
    },
    trigger: {
        ko: '비전의 outsource … to가 가리키는 link에 channel이 없을 때 (비어 있거나 채우지 않은 자리표시는 없는 것으로 봄; 이름을 찾을 수 없으면 제외)',
        en: 'the `link` named by a vision\'s `outsource … to` has no `channel` that is not blank or an unfilled placeholder (silent when the name does not resolve)'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 2단계',
        passage: '타지역과의 구체적인 연계수준 및 방안과 타당성에 대한 검토',
        gist: 'Stage 2: work out the concrete level, means and feasibility of ties with other regions.'
    },
    messages: {
        main: {
            ko: '아웃소싱을 맡길 연계 {link}에 교류 채널(channel)이 없습니다. 2단계에서는 타지역과의 구체적인 연계 수준과 방안을 검토해야 합니다: 연계 {link}에 `channel "…"`를 추가하고 위탁 협약이나 공동 프로그램 같은 구체적인 방안을 적으세요.',
            en: 'Link {link}, through which the vision outsources, has no `channel`. Stage 2 works out the concrete level and means of ties with other regions: add `channel "…"` to link {link}, naming the contract or joint programme.'
        },
        blank: {
            ko: '아웃소싱을 맡길 연계 {link}의 교류 채널(channel)이 비어 있습니다. 2단계에서는 타지역과의 구체적인 연계 방안을 검토해야 합니다: 방안을 적으세요 (예: `channel "임상·생산 위탁 협약"`).',
            en: 'The `channel` of link {link}, through which the vision outsources, is blank. Stage 2 works out the concrete means of ties with other regions: write it (e.g. `channel "contract for clinical trials and production"`).'
        },
        theLink: {
            ko: '교류 채널이 없는 연계: {link}',
            en: 'the link without a channel: {link}'
        },
        blankChannel: {
            ko: '비어 있는 교류 채널: 연계 {link}',
            en: 'the blank channel of link {link}'
        }
    },
    applies: facts => outsourcingLink(facts) !== undefined,
    check: facts => {
        const outsource = facts.vision?.outsource;
        const link = outsourcingLink(facts);
        if (!outsource || !link || isFilled(link.channel)) {
            return [];
        }
        const args = { link: link.node.name };
        return [link.channel
            ? { node: outsource, property: 'link', message: 'blank', args, related: [{ node: link.channel, property: 'text', message: 'blankChannel', args }] }
            : { node: outsource, property: 'link', args, related: [{ node: link.node, property: 'name', message: 'theLink', args }] }];
    },
    examples: {
        failing: 'link Osong "오송 첨단의료복합단지" { scope domestic }\nvision "해양바이오 허브" {\n    position research, discovery\n    outsource clinical, manufacturing to Osong\n}',
        passing: 'link Osong "오송 첨단의료복합단지" {\n    scope domestic\n    channel "임상·생산 위탁 협약"\n}\nvision "해양바이오 허브" {\n    position research, discovery\n    outsource clinical, manufacturing to Osong\n}'
    }
});
