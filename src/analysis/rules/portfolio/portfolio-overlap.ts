import { keywords } from '../../findings.js';
import { groupBy, labelsOf, OTHERS_SHOWN, type MemberNode } from '../../portfolio-facts.js';
import { VALUE_CHAIN_SEGMENTS } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';
import type { PositionClause } from '../../../grammar/generated/ast.js';

export default defineRule({
    id: 'portfolio-overlap',
    category: 'portfolio',
    severity: 'warning',
    kind: 'portfolio',
    principle: {
        ko: '지역마다 같은 가치사슬 단계를 내세우지 않고, 국가 차원에서 포지셔닝을 나눈다.',
        en: 'Regions do not all claim the same value-chain segment: positioning is divided at the national level.'
    },
    trigger: {
        ko: '포트폴리오에서 같은 가치사슬 단계를 `position`에 적은 계획이 기준값(기본 3) 이상일 때 (그 계획마다 `position`의 그 단계에 하나씩, 다른 계획을 나열)',
        en: 'a value-chain segment is listed in `position` by the threshold (default 3) or more plans of the portfolio (one diagnostic on each such plan\'s `position` clause, at that segment, naming the other plans)'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 육성분야의 선택과 집중; □ 지역 바이오클러스터의 발전전략 ▶ 전문 네트워크 형성',
        passage: '기술로드맵 작성 및 국가의 전략적 포지셔닝 … 한 지역내에서 모든 기능을 다 수행할 수 없으므로 우리 지역이 담당할 수 있는 가치사슬 상의 포지셔닝을 분명히 하고, 아웃소싱할 수 있는 부분에 대한 네트워크 방안을 검토해야 함',
        gist: 'Draw up a technology roadmap and a national strategic positioning: no region can do everything, so each makes clear which part of the value chain it takes on and networks for the rest.'
    },
    messages: {
        main: {
            ko: '{segment} 단계는 {others}의 계획도 `position`에 적었습니다 (모두 {count}개 지역). 보고서는 국가의 전략적 포지셔닝으로 지역마다 맡을 단계를 나누라고 합니다: 이 지역이 앞선 단계만 `position`에 남기고, 이 단계는 앞선 지역과 연계하세요: `outsource {segmentKeyword} to …`.',
            en: '{others} also list {segment} in `position` ({count} regions in all). The report asks for a national strategic positioning that divides the value chain among regions: keep in `position` only the segments this region leads in, and source this one from a region that leads: `outsource {segmentKeyword} to …`.'
        },
        alsoPositions: {
            ko: '{region}도 {segment} 단계를 내세웁니다',
            en: '{region} also positions {segment}'
        }
    },
    threshold: {
        default: 3,
        min: 2,
        meaning: { ko: '같은 단계를 `position`에 적어도 되는 계획 수보다 하나 많은 수 (이 수부터 지적)', en: 'the number of plans listing one segment in `position` from which it fires' }
    },
    applies: portfolio => portfolio.members.filter(member => member.facts.vision?.position).length >= 2,
    check: (portfolio, threshold) => {
        const claims = portfolio.members.flatMap(member => {
            const position = member.facts.vision?.position;
            // A segment listed twice in one plan is one claim, at its first place.
            return position ? [...new Set(position.segments)].map(segment => ({ member, node: position, segment, index: position.segments.indexOf(segment) })) : [];
        });
        const bySegment = groupBy(claims, claim => claim.segment);
        return VALUE_CHAIN_SEGMENTS.flatMap(segment => {
            const crowd: Array<MemberNode<PositionClause> & { index: number }> = bySegment.get(segment) ?? [];
            if (crowd.length < threshold) {
                return [];
            }
            return crowd.map(claim => {
                const others = crowd.filter(other => other !== claim);
                return {
                    node: claim.node, property: 'segments', index: claim.index,
                    args: { segment: keywords([segment], 'Segment'), segmentKeyword: keywords([segment]), count: crowd.length, others: labelsOf(others.map(other => other.member)) },
                    related: others.slice(0, OTHERS_SHOWN).map(other => ({
                        node: other.node, property: 'segments', index: other.index,
                        message: 'alsoPositions' as const, args: { region: other.member.label, segment: keywords([segment], 'Segment') }
                    }))
                };
            });
        });
    },
    examples: {
        failing: [
            'region "대전광역시"\nvision "신약 연구 거점" { position research, discovery }',
            'region "충청북도"\nvision "임상 허브" { position research, clinical }',
            'region "인천광역시"\nvision "바이오 생산 허브" { position research, manufacturing }'
        ],
        passing: [
            'region "대전광역시"\nvision "신약 연구 거점" { position research, discovery }',
            'region "충청북도"\nvision "임상 허브" { position preclinical, clinical }',
            'region "인천광역시"\nvision "바이오 생산 허브" { position manufacturing, marketing }'
        ]
    }
});
