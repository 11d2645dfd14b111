import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './ip-protection.js';

const IP = 'ip "해양바이오 지식재산 보호 지원센터 운영"';

testRule(rule, {
    fires: [
        { name: 'no ip clause: on the plan', plan: edit(BUSAN, [`\n    ${IP}`, '']), at: ['5:plan'] },
        { name: 'an empty ip text: on the text', plan: edit(BUSAN, [IP, 'ip ""']), at: ['133:""'] },
        { name: 'an ip text of spaces, tabs and line breaks', plan: edit(BUSAN, [IP, 'ip " \t\n "']), at: ['133:" "'] },
        { name: 'an ip text of ideographic spaces (U+3000)', plan: edit(BUSAN, [IP, 'ip "\u3000\u3000"']), at: ['133:" "'] },
        { name: 'an unfilled placeholder', plan: edit(BUSAN, [IP, 'ip " <지식재산 보호장치> "']), at: ['133:" <지식재산 보호장치> "'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a text that only mentions angle brackets', plan: edit(BUSAN, [IP, 'ip "<특허> 지원과 <영업비밀> 보호 상담"']) }
    ]
});
