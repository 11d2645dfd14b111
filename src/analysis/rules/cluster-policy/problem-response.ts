import { keywords, when } from '../../findings.js';
import { RECOMMENDED_RESPONSES } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'problem-response',
    category: 'cluster-policy',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '시스템적인 문제마다 그에 맞는 정책으로 대응한다.',
        en: 'Answer each systemic problem with a fitting policy response.'
    },
    trigger: {
        ko: 'problem의 response에 그 문제의 권장 대응이 하나도 없을 때 (그런 문제마다)',
        en: 'a `problem` has no response from its recommended list (one diagnostic per problem)'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점 (Roelandt, Gilsing and Sinderen, 2000)',
        passage: '시스템적인 문제 | 정책 대응 — 시장니즈와 대학/공공기관 역할 불일치: 산.학.연 연계활성화 … / 고객의 구매력 실종: 공공 구매정책 / 공공정책의 실패: 보조사업의 철폐 … / 비효율적 시장기구: 경쟁장려 정책 / 불완전한 정보획득 구조: 기술예측실시 … / 구성원간의 제한적인 연계관계: 건설적인 대화의 장 마련 …',
        gist: 'Each systemic problem has matching policy responses: mismatch → collaboration, liaison, training, transfer (and rewards for technology transfer); lost purchasing power → public procurement; policy failure → desubsidise, horizontal policy, consulting, non-interference; inefficient markets → competition; incomplete information → foresight, intelligence; limited ties → dialogue, cooperation.'
    },
    messages: {
        main: {
            ko: '문제 {kind}에 맞는 정책 대응이 없습니다. 보고서(Roelandt 외, 2000)는 이 문제에 {recommended}로 대응하라고 합니다: `response {first}`처럼 권장 대응을 추가하세요.',
            en: 'The {kind} problem has no fitting policy response. The report (Roelandt et al., 2000) answers it with {recommended}: add a recommended response such as `response {first}`.'
        }
    },
    applies: facts => facts.problems.length > 0,
    check: facts => facts.problems.flatMap(problem => {
        const recommended = RECOMMENDED_RESPONSES[problem.node.kind] ?? [];
        const responses = problem.response?.responses ?? [];
        return when(!responses.some(response => recommended.includes(response)), () => ({
            node: problem.node, property: 'kind',
            args: { kind: keywords([problem.node.kind], 'ProblemKind'), recommended: keywords(recommended, 'PolicyResponse'), first: keywords([recommended[0]]) }
        }));
    }),
    examples: {
        failing: 'problem purchasing "지역 내 수요처 부족" {\n    response collaboration\n}',
        passing: 'problem purchasing "지역 내 수요처 부족" {\n    response procurement\n}'
    }
});
