import { keywords } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'portfolio-outsource-gap',
    category: 'portfolio',
    severity: 'info',
    kind: 'portfolio',
    principle: {
        ko: '한 지역이 국내 다른 지역에 맡기는 가치사슬 단계는 포트폴리오의 어느 지역이 맡는다.',
        en: 'A value-chain segment a region sources from elsewhere in the country is one that some region of the portfolio takes on.'
    },
    trigger: {
        ko: '`outsource … to`의 link가 `scope overseas`가 아니고, 맡기는 단계를 포트폴리오의 어느 계획도 `position`에 적지 않았을 때 (그런 단계마다 하나; link 이름이 풀리지 않으면 조용)',
        en: 'the `link` of an `outsource … to` is not `scope overseas`, and a segment it outsources is in no plan\'s `position` in the portfolio (one diagnostic per such segment; silent when the link name does not resolve)'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 전문 네트워크 형성; □ 한국적 바이오클러스터의 전략 ▶ 육성분야의 선택과 집중',
        passage: '지역간, 기업 기능간 네트워크 필요 : 한 지역내에서 모든 기능을 다 수행할 수 없으므로 … 아웃소싱할 수 있는 부분에 대한 네트워크 방안을 검토해야 함 … 국가의 전략적 포지셔닝',
        gist: 'Networks between regions are needed: no region does everything, so each plans how it sources the rest; positioning is a national strategy.'
    },
    messages: {
        main: {
            ko: '{segment} 단계를 국내 연계 {link}(으)로 아웃소싱하지만, 포트폴리오의 어느 지역도 이 단계를 `position`에 두지 않았습니다. 보고서는 지역간 네트워크로 가치사슬을 나누어 맡으라고 합니다: 이 단계를 맡을 지역과 협의해 그 계획의 `position`에 `{segmentKeyword}`을(를) 넣게 하거나, 상대가 해외 클러스터라면 `scope overseas`로 적으세요.',
            en: '{segment} is outsourced through the domestic link {link}, but no region of the portfolio lists it in `position`. The report asks regions to divide the value chain through networks between them: agree with a region that takes this segment on and lists `{segmentKeyword}` in its `position`, or, if the partner is an overseas cluster, write `scope overseas`.'
        }
    },
    applies: portfolio => portfolio.members.some(member => member.facts.vision?.outsource),
    check: portfolio => {
        const positioned = new Set(portfolio.members.flatMap(member => member.facts.vision?.position?.segments ?? []));
        return portfolio.members.flatMap(member => {
            const outsource = member.facts.vision?.outsource;
            const link = outsource?.link?.ref;
            const scope = link && member.facts.links.find(entry => entry.node === link)?.scope?.value;
            if (!outsource || !link || scope === 'overseas') {
                return [];
            }
            return outsource.segments.flatMap((segment, index) => positioned.has(segment) || outsource.segments.indexOf(segment) !== index ? [] : [{
                node: outsource, property: 'segments', index,
                args: { segment: keywords([segment], 'Segment'), segmentKeyword: keywords([segment]), link: link.name }
            }]);
        });
    },
    examples: {
        failing: [
            'region "부산광역시"\nvision "해양신약" { position research, discovery outsource clinical to Osong }\nlink Osong "오송 첨단의료복합단지" { scope domestic }',
            'region "대전광역시"\nvision "신약 연구 거점" { position research, preclinical }'
        ],
        passing: [
            'region "부산광역시"\nvision "해양신약" { position research, discovery outsource clinical to Osong }\nlink Osong "오송 첨단의료복합단지" { scope domestic }',
            'region "충청북도"\nvision "임상 허브" { position preclinical, clinical }'
        ]
    }
});
