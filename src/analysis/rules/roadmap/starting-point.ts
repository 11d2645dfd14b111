import { atPlan } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'starting-point',
    category: 'roadmap',
    severity: 'info',
    kind: 'principle',
    principle: {
        ko: '처음 클러스터를 만들 때는 기존 클러스터와 연계하거나, 선도기업·챔피언을 외부에서 영입하는 데서 출발한다.',
        en: 'A new cluster starts from ties with an existing cluster, or from a leading firm or champion brought in from outside.'
    },
    trigger: {
        ko: 'partner가 있는 link가 없고, origin external인 champion, institution, firm도 없을 때 (하나)',
        en: 'no `link` has a `partner`, and no `champion`, `institution` or `firm` has `origin external` (one diagnostic)'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점 ▶ 처음 클러스터를 만들때는',
        passage: '1)기존 클러스터와의 연계를 통하는 방법과 2)선도기업 또는 Champion 기업/인물을 외부로부터 영입하는 방법이 있음(Bekar and Lipsey, 2002)',
        gist: 'A cluster is started either through ties with an existing cluster, or by bringing in a leading firm or champion (firm or person) from outside (Bekar and Lipsey, 2002).'
    },
    messages: {
        main: {
            ko: '이 계획에는 기존 클러스터와의 연계를 맡은 주체(link의 partner)도, 외부에서 영입한(origin external) 챔피언·기관·기업도 없습니다. 보고서는 처음 클러스터를 만들 때 기존 클러스터와 연계하거나 선도기업·챔피언을 외부에서 영입하라고 합니다: 연계에 `partner …`로 담당 주체를 정하거나, 영입할 챔피언·기관·기업에 `origin external`을 적으세요.',
            en: 'The plan has no tie to an existing cluster with an actor in charge (a `link` with a `partner`) and no champion, institution or firm brought in from outside (`origin external`). The report starts a new cluster from ties with an existing one or from a leader brought in: give a link its `partner …`, or mark the champion, institution or firm you bring in `origin external`.'
        },
        noPartner: {
            ko: '연계를 맡은 주체(partner)가 없는 link: {name}',
            en: 'a link with no actor in charge (`partner`): {name}'
        }
    },
    check: facts => {
        const linked = facts.links.some(link => link.partner);
        const broughtIn = [...facts.champions, ...facts.institutions, ...facts.firms].some(actor => actor.origin?.value === 'external');
        if (linked || broughtIn) {
            return [];
        }
        return [atPlan(facts, {
            related: facts.links.map(link => ({ node: link.node, property: 'name', message: 'noPartner' as const, args: { name: link.node.name } }))
        })];
    },
    examples: {
        failing: 'agency BioAgency "바이오진흥원"\nlink Osong "오송 첨단의료복합단지" { scope domestic }',
        passing: 'agency BioAgency "바이오진흥원"\nlink Osong "오송 첨단의료복합단지" {\n    scope domestic\n    partner BioAgency\n}'
    }
});
