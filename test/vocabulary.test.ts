import { describe, expect, test } from 'vitest';
import { describeKeyword, valueLabel } from '../src/analysis/vocabulary.js';
import { cellValue } from '../src/document/labels.js';
import { checkText } from './helpers.js';

// `policy` is a goal and a problem kind, `consulting` a service and a policy response: every
// place that names them reads the one vocabulary with the grammar rule they are written in.
describe('a keyword is worded by the clause it stands in', () => {
    test('the problem-response message words the problem kind and its responses as such', async () => {
        const { diagnostics } = await checkText('plan P "p" {\n  problem policy "x" { response training }\n}\n');
        const message = diagnostics.find(diagnostic => diagnostic.code === 'problem-response')?.message;
        expect(message).toContain('policy(공공정책의 실패)');
        expect(message).toContain('consulting(정책 자문)');
    });

    test('the plan document words them the same way, and the goal and the service as before', () => {
        expect(cellValue('policy', 'ko', 'ProblemKind')).toBe('공공정책의 실패');
        expect(cellValue('consulting', 'en', 'PolicyResponse')).toBe('policy consulting');
        expect(cellValue('policy', 'ko', 'Goal')).toBe('정책 지원 환경');
        expect(cellValue('consulting', 'en', 'ServiceKind')).toBe('management consulting');
    });
});

describe('the values of the v2 language have labels', () => {
    test('operator values say who runs the agency, not who leads the plan', () => {
        expect(valueLabel('private', 'ko', { rule: 'OperatorClause' })).toBe('민간운영기관');
        expect(valueLabel('private', 'ko', { rule: 'LeadershipClause' })).toBe('민간 주도');
        expect(cellValue('public', 'en', 'OperatorClause')).toBe('public');
    });

    test('exit, researchers and reward are worded where messages list them', async () => {
        expect(describeKeyword('exit', 'ko', 'en')).toBe('exit(시장 진입·퇴출 시스템)');
        expect(describeKeyword('reward', 'en', 'en', 'PolicyResponse')).toBe('reward (rewards for technology transfer)');
        const { diagnostics } = await checkText('plan P "p" {\n  task T "t" { term short goals workforce }\n}\n');
        expect(diagnostics.find(diagnostic => diagnostic.code === 'dual-track-talent')?.message).toContain('researchers(고급 연구인력 양성)');
    });

    test('a link\'s tier reads as an institution\'s does', () => {
        expect(valueLabel('global', 'ko', { rule: 'TierClause' })).toBe('세계적 수준');
        expect(valueLabel('global', 'ko', { rule: 'Goal' })).toBe('해외 클러스터 연계');
    });
});
