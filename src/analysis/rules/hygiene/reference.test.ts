import { describe, expect, test } from 'vitest';
import { checkText } from '../../../../test/helpers.js';
import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './reference.js';

const unknownOwner = edit(BUSAN, ['owner PKNU', 'owner Nobody']);
const misspeltOwner = edit(BUSAN, ['owner PKNU', 'owner PKN']);
const wrongKind = edit(BUSAN, ['owner PNU', 'owner T1']);
const unknownLink = edit(BUSAN, ['to OsongLink', 'to Nowhere']);

testRule(rule, {
    fires: [
        { name: 'an unknown name: on the name', plan: unknownOwner, at: ['149:Nobody'], related: [[]] },
        { name: 'a misspelt name', plan: misspeltOwner, at: ['149:PKN'], related: [[]] },
        { name: 'a name of the wrong kind: relating its declaration', plan: wrongKind, at: ['188:T1'], related: [['139:T1']] },
        { name: 'an unknown link', plan: unknownLink, at: ['25:Nowhere'], related: [[]] },
        { name: 'one diagnostic per reference', plan: edit(BUSAN, ['members PNU, PKNU', 'members PNU, Ghost'], ['after T2', 'after T9']), at: ['110:Ghost', '168:T9'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        {
            name: 'a name spelled like a keyword',
            plan: edit(BUSAN, ['firm BlueCell', 'firm task'], ['members SeaGen, BlueCell', 'members SeaGen, task'], ['members PNU, PKNU, BlueCell', 'members PNU, PKNU, task'])
        }
    ]
});

describe('rule reference messages', () => {
    const message = async (text: string) => String((await checkText(text)).diagnostics.find(d => d.code === 'reference')?.message);

    test('offer the name of the right kind that was probably meant', async () => {
        expect(await message(misspeltOwner)).toContain('`PKNU`');
    });

    test('show how to declare what is missing', async () => {
        expect(await message(unknownLink)).toContain('`link Nowhere "…"`');
        expect(await message(unknownOwner)).toContain('`agency Nobody "…"`');
    });

    test('say which kind the name has and which kind stands here', async () => {
        const text = await message(wrongKind);
        expect(text).toContain('139');
        expect(text).toContain('과제');
        expect(text).toContain('주체');
    });
});
