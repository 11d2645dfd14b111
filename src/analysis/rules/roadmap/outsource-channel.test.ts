import { expect, test } from 'vitest';
import { checkText, codesOf } from '../../../../test/helpers.js';
import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './outsource-channel.js';

const CHANNEL = 'channel "임상·생산 위탁 협약"';
const channel = (text: string) => edit(BUSAN, [CHANNEL, `channel ${text}`]);

testRule(rule, {
    fires: [
        {
            name: 'the outsourcing link has no channel: on the link named in the vision, relating the link',
            plan: edit(BUSAN, [`\n        ${CHANNEL}`, '']), at: ['25:OsongLink'], related: [['116:OsongLink']]
        },
        { name: 'an empty channel: relating the channel', plan: channel('""'), at: ['25:OsongLink'], related: [['119:""']] },
        { name: 'a channel of white space and line breaks', plan: channel('" \t\n "'), at: ['25:OsongLink'], related: [['119:" "']] },
        { name: 'a channel of ideographic spaces (U+3000)', plan: channel('"\u3000"'), at: ['25:OsongLink'], related: [['119:" "']] },
        { name: 'an unfilled placeholder', plan: channel('"<교류 채널>"'), at: ['25:OsongLink'], related: [['119:"<교류 채널>"']] },
        {
            name: 'a link without a block',
            plan: edit(BUSAN, [/\n    link OsongLink "[^"]*" \{[^}]*\}\n/, '\n    link OsongLink "오송 첨단의료복합단지"\n']),
            at: ['25:OsongLink'], related: [['116:OsongLink']]
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'another link without a channel is not the outsourcing link', plan: edit(BUSAN, ['        channel "공동연구 및 인력교류 프로그램"\n', '']) },
        { name: 'a channel that only mentions angle brackets', plan: channel('"<임상> 위탁 협약"') },
        { name: 'no outsourcing', plan: edit(BUSAN, ['        outsource clinical, manufacturing to OsongLink\n', ''], [`\n        ${CHANNEL}`, '']) }
    ]
});

test('rule outsource-channel is silent when the outsourcing link does not resolve (reference reports it)', async () => {
    const codes = codesOf((await checkText(edit(BUSAN, ['manufacturing to OsongLink', 'manufacturing to Nowhere']))).diagnostics);
    expect(codes).toContain('reference');
    expect(codes).not.toContain('outsource-channel');
});
