import { describe, expect, test } from 'vitest';
import { PLAN_CATEGORIES, PLAN_RULES } from '../src/analysis/catalogue.js';
import { DOCUMENT_LABELS } from '../src/document/labels.js';
import type { Block, ScorecardBlock } from '../src/document/model.js';
import { modelOf } from './document-helpers.js';
import { example } from './helpers.js';

const KO_CHAPTERS = ['현황 진단', '비전과 전략', '추진체계', '혁신 기반', '네트워크', '단기·장기 과제', '재원', '원칙 점검표'];
const EN_CHAPTERS = ['Assessment', 'Vision and strategy', 'Governance', 'Innovation base', 'Networks', 'Short- and long-term tasks', 'Funding', 'Principles scorecard'];

const scorecardOf = (blocks: readonly Block[]) => blocks.find((block): block is ScorecardBlock => block.kind === 'scorecard')!;

describe('the document model', () => {
    test('has the eight chapters in the roadmap order, in the plan\'s language', async () => {
        const model = await modelOf(example('busan-marine-bio.cplan'));
        expect(model.locale).toBe('ko');
        expect(model.chapters.map(chapter => chapter.title)).toEqual(KO_CHAPTERS);
        expect(model.chapters.map(chapter => chapter.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    test('follows `language en`, and --lang overrides the plan', async () => {
        const english = example('busan-marine-bio.cplan').replace('language ko', 'language en');
        expect((await modelOf(english)).chapters.map(chapter => chapter.title)).toEqual(EN_CHAPTERS);
        expect((await modelOf(english, 'ko')).chapters.map(chapter => chapter.title)).toEqual(KO_CHAPTERS);
        expect((await modelOf(example('daegu-draft.cplan'), 'en')).chapters.map(chapter => chapter.title)).toEqual(EN_CHAPTERS);
    });

    test('every label exists in Korean and English', () => {
        for (const [key, text] of Object.entries(DOCUMENT_LABELS)) {
            expect(text.ko, key).not.toBe('');
            expect(text.en, key).not.toBe('');
        }
    });

    test('the clean example passes every applicable rule and scores 100% in each category', async () => {
        const scorecard = scorecardOf((await modelOf(example('busan-marine-bio.cplan'))).chapters[7].blocks);
        const rows = scorecard.categories.flatMap(category => category.rows);
        expect(rows.map(row => row.ruleId).sort()).toEqual(PLAN_RULES.map(rule => rule.id).sort());
        expect(rows.filter(row => row.status === 'failed')).toEqual([]);
        expect(scorecard.categories.map(category => category.percent)).toEqual(PLAN_CATEGORIES.map(() => 100));
    });

    test('the draft shows failures with their messages and lines, and its waiver with the reason', async () => {
        const scorecard = scorecardOf((await modelOf(example('daegu-draft.cplan'))).chapters[7].blocks);
        const row = (id: string) => scorecard.categories.flatMap(category => category.rows).find(entry => entry.ruleId === id)!;
        expect(row('agency-independent')).toMatchObject({ status: 'failed', statusLabel: '미충족' });
        expect(row('agency-independent').details[0]).toContain('DBP');
        expect(row('agency-independent').line).toBe(example('daegu-draft.cplan').split('\n').findIndex(line => line.includes('agency DBP')));
        expect(row('champion-required')).toMatchObject({ status: 'waived', details: ['사유: 초기에는 시장이 직접 리더 역할을 맡는다'] });
        expect(row('outsourcing-plan').status).toBe('failed');
        expect(row('outsource-channel').status).toBe('not-applicable');
        expect(row('vision-required').status).toBe('passed');
        const governance = scorecard.categories.find(category => category.id === 'governance')!;
        // agency-independent, agency-budget, firm-voice, central-local-coordination, private-led, government-role fail; agency-required
        // passes; champion-required is waived; private-operator does not apply to a government-led plan.
        expect(governance.scoreText).toBe('2/8 (25%)');
        expect(row('private-operator').status).toBe('not-applicable');
    });

    test('budgets are totalled by owner and by term in 억원', async () => {
        const budget = (await modelOf(example('busan-marine-bio.cplan'))).chapters[6].blocks;
        const tables = budget.filter(block => block.kind === 'table');
        expect(tables[0]).toMatchObject({
            rows: [['부산광역시 미래산업국', '1', '60억원'], ['부경대학교 해양바이오 인력양성센터', '1', '25억원'], ['국립 해양바이오 연구원', '1', '900억원'], ['부산대학교 해양생명공학과', '1', '150억원']],
            totalRow: ['합계', '4', '1,135억원']
        });
        expect(tables[1]).toMatchObject({ rows: [['단기', '2', '85억원'], ['장기', '2', '1,050억원']], totalRow: ['합계', '4', '1,135억원'] });
    });

    test('compares the funds by purpose and source, a fund without a source as public money', async () => {
        const plan = example('busan-marine-bio.cplan').replace('        source public\n        amount 60 억원', '        amount 60 억원');
        const budget = (await modelOf(plan)).chapters[6].blocks;
        const byPurpose = budget[budget.findIndex(block => block.kind === 'heading' && block.text === '펀드 용도별·재원별 규모') + 1];
        expect(byPurpose).toMatchObject({
            columns: ['용도', '공공', '민관 공동', '민간', '합계'],
            rows: [['투자', '0억원', '500억원', '0억원', '500억원'], ['연구', '80억원', '0억원', '0억원', '80억원'], ['인프라', '60억원', '0억원', '0억원', '60억원']],
            totalRow: ['합계', '140억원', '500억원', '0억원', '640억원']
        });
    });

    test('shows the agency\'s operator and the governments it coordinates, and the two talent tracks', async () => {
        const model = await modelOf(example('busan-marine-bio.cplan'));
        const agencies = model.chapters[2].blocks.find(block => block.kind === 'table' && block.columns.includes('운영 주체'));
        expect(agencies).toMatchObject({ rows: [[
            '부산해양바이오클러스터진흥원', '예', expect.any(String), '120억원', '클러스터 육성 정책과 사업의 총괄', '분기별', '해양수산부 해양바이오산업과, 부산광역시 미래산업국'
        ]] });
        const tasks = model.chapters[5].blocks;
        const tracks = tasks[tasks.findIndex(block => block.kind === 'heading' && block.text === '인재 양성의 두 갈래') + 1];
        expect(tracks).toMatchObject({ rows: [
            [expect.any(String), 'T7 부산대 해양생명공학 대학원 고도화와 연구인력 양성', '150억원'],
            ['숙련 인력 공급', 'T2 해양바이오 기술인력 양성 과정', '25억원']
        ] });
    });

    test('words a reference to an element of the wrong kind as the editor does', async () => {
        const scorecard = scorecardOf((await modelOf('plan P "p" {\n    agency A "진흥원"\n    task T "과제" { after A }\n}\n')).chapters[7].blocks);
        const row = scorecard.categories.flatMap(category => category.rows).find(candidate => candidate.ruleId === 'reference')!;
        expect(row.status).toBe('failed');
        expect(row.details).toEqual([expect.stringMatching(/^A은\(는\) 2행의 전담기구입니다\. 이 자리에는 과제만 올 수 있습니다/)]);
        expect(row.line).toBe(2);
    });

    test('shows a reversed horizon as such on the cover, not as a negative span', async () => {
        const model = await modelOf(example('busan-marine-bio.cplan').replace('horizon 2026 to 2037', 'horizon 2035 to 2026'));
        expect(model.cover.find(entry => entry.label === '계획 기간')?.value).toBe('2035–2026년 (끝 연도가 시작 연도보다 앞섬)');
    });

    test('marks every unfilled placeholder as not yet written, wherever the document shows it, and prints no placeholder', async () => {
        const text = 'plan P "p" {\n    region "<지역 이름>"\n    ip " <지식재산 보호장치> "\n    agency A "<전담기구 이름>" { independent }\n    task T "<과제 이름>" { term short owner A }\n}\n';
        const ko = await modelOf(text);
        const shown = JSON.stringify(ko);
        expect(shown).not.toMatch(/<[^<>"]*>/);
        expect(ko.cover.find(entry => entry.label === '지역')?.value).toBe('[미작성: 지역 이름]');
        expect(shown).toContain('[미작성: 지식재산 보호장치]');
        expect(shown).toContain('["T","[미작성: 과제 이름]"');
        expect(shown).toContain('[미작성: 전담기구 이름]');
        expect(JSON.stringify(await modelOf(text, 'en'))).toContain('[to be written: 지역 이름]');
        // A text that only looks like one in part is the planner's own words.
        expect(JSON.stringify(await modelOf('plan P "p" {\n    region "부산 <북항>"\n}\n'))).toContain('부산 <북항>');
    });
});
