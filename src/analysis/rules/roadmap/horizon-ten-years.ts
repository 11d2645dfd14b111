import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

/** The report's shortest span for growing a bio-cluster. */
const TEN_YEARS = 10;

export default defineRule({
    id: 'horizon-ten-years',
    category: 'roadmap',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '클러스터 육성은 최소 10년이 걸리는 장기과제이다.',
        en: 'Growing a cluster is a task of ten years at least.'
    },
    trigger: {
        ko: 'horizon이 없거나 10년 미만일 때 (끝 − 시작 + 1 < 10)',
        en: 'no `horizon`, or it spans fewer than 10 years (end − start + 1 < 10)'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 1단계',
        passage: '바이오산업(또는 바이오클러스터)의 육성은 최소한 10년이 걸리는 장기과제',
        gist: 'Developing a bio-industry (or bio-cluster) is a long-term task of at least ten years.'
    },
    messages: {
        main: {
            ko: '계획 기간(horizon {start} to {end})이 {years}년뿐입니다. 바이오클러스터 육성은 최소한 10년이 걸리는 장기과제입니다: `horizon {start} to {tenYearsEnd}`처럼 10년 이상으로 늘리세요.',
            en: 'The plan horizon {start} to {end} spans only {years} year(s). Growing a bio-cluster takes ten years at least: extend it to ten years or more, e.g. `horizon {start} to {tenYearsEnd}`.'
        },
        missing: {
            ko: '계획 기간(horizon)이 없습니다. 바이오클러스터 육성은 최소한 10년이 걸리는 장기과제이므로 계획도 그만큼의 기간을 정해야 합니다: `horizon 2026 to 2035`처럼 10년 이상의 기간을 추가하세요.',
            en: 'The plan has no horizon. Growing a bio-cluster takes ten years at least, and the plan must cover that span: add ten years or more, e.g. `horizon 2026 to 2035`.'
        },
        reversed: {
            ko: '계획 기간(horizon {start} to {end})의 끝 연도가 시작 연도보다 앞서 기간이 성립하지 않습니다. 바이오클러스터 육성은 최소한 10년이 걸리는 장기과제입니다: `horizon {end} to {tenYearsEnd}`처럼 시작 연도부터 10년 이상을 적으세요.',
            en: 'The plan horizon {start} to {end} ends before it starts, so the plan has no period. Growing a bio-cluster takes ten years at least: write ten years or more from the first year, e.g. `horizon {end} to {tenYearsEnd}`.'
        }
    },
    check: facts => {
        const horizon = facts.horizon;
        if (!horizon) {
            return [atPlan(facts, { message: 'missing' })];
        }
        const years = horizon.end - horizon.start + 1;
        const first = Math.min(horizon.start, horizon.end);
        return when(years < TEN_YEARS, () => ({
            node: horizon, args: { start: horizon.start, end: horizon.end, years, tenYearsEnd: first + TEN_YEARS - 1 },
            message: horizon.end < horizon.start ? 'reversed' : undefined
        }));
    },
    examples: {
        failing: 'horizon 2026 to 2030',
        passing: 'horizon 2026 to 2035'
    }
});
