import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './assessment-required.js';

const STRENGTHS = '        strength "국립 해양생물자원 연구기반과 대형 수산 가공단지"\n        strength "부산대·부경대의 해양생명공학 학과"\n';
const WEAKNESSES = '        weakness "지역 내 벤처캐피탈 투자 연 30억원 미만"\n        weakness "임상 역량과 대형 제약사 부재"\n';
const SUMMARY = 'summary "바이오 기업 48개 중 하이테크 바이오텍은 9개, 나머지는 수산가공 중심의 전통 바이오"';
const noWeakness = edit(BUSAN, [WEAKNESSES, '']);
const noStrength = edit(BUSAN, [STRENGTHS, '']);
const oneWeakness = (text: string) => edit(BUSAN, [WEAKNESSES, `        weakness ${text}\n`]);
const oneStrength = (text: string) => edit(BUSAN, [STRENGTHS, `        strength ${text}\n`]);

testRule(rule, {
    fires: [
        { name: 'no assessment block: on the plan', plan: edit(BUSAN, [/\n    assessment \{[\s\S]*?\n    \}\n/, '\n']), at: ['5:plan'] },
        { name: 'no weakness: on the assessment', plan: noWeakness, at: ['11:assessment'] },
        { name: 'no strength: on the assessment', plan: noStrength, at: ['11:assessment'] },
        { name: 'neither a strength nor a weakness, one diagnostic', plan: edit(BUSAN, [STRENGTHS, ''], [WEAKNESSES, '']), at: ['11:assessment'] },
        { name: 'an empty assessment block', plan: edit(BUSAN, [/\n    assessment \{[\s\S]*?\n    \}\n/, '\n    assessment { }\n']), at: ['11:assessment'] },
        { name: 'an empty weakness: on its text', plan: oneWeakness('""'), at: ['15:""'] },
        { name: 'a weakness of spaces, tabs and line breaks', plan: oneWeakness('" \t\n "'), at: ['15:" "'] },
        { name: 'a weakness of ideographic spaces (U+3000)', plan: oneWeakness('"\u3000"'), at: ['15:" "'] },
        { name: 'a weakness left as a placeholder', plan: oneWeakness('"<약점>"'), at: ['15:"<약점>"'] },
        { name: 'an empty strength: on its text', plan: oneStrength('""'), at: ['13:""'] },
        { name: 'a strength of white space', plan: oneStrength('"  "'), at: ['13:" "'] },
        { name: 'a strength left as a placeholder', plan: oneStrength('" <강점> "'), at: ['13:" <강점> "'] },
        { name: 'a blank strength and no weakness: on the assessment', plan: edit(oneStrength('""'), [WEAKNESSES, '']), at: ['11:assessment'] },
        { name: 'a written summary does not stand in for a weakness', plan: edit(noWeakness, [SUMMARY, 'summary "약점: 벤처캐피탈 부족"']), at: ['11:assessment'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'one strength and one weakness, no summary', plan: edit(BUSAN, [`${SUMMARY}\n        `, ''], [STRENGTHS, '        strength "연구기반"\n'], [WEAKNESSES, '        weakness "투자 부족"\n']) },
        { name: 'a blank summary does not matter', plan: edit(BUSAN, [SUMMARY, 'summary ""']) },
        { name: 'a placeholder summary does not matter', plan: edit(BUSAN, [SUMMARY, 'summary "<지역 바이오산업 현황>"']) },
        { name: 'a blank weakness beside a written one', plan: edit(BUSAN, ['weakness "임상 역량과 대형 제약사 부재"', 'weakness " "']) },
        { name: 'a text that only mentions angle brackets', plan: oneWeakness('"<임상> 역량 부재"') }
    ]
});
