import { describe, expect, test } from 'vitest';
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
