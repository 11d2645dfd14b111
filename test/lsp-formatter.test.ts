import { expectFormatting, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { example, services } from './helpers.js';

const parse = parseHelper(services);
const expectFormatted = expectFormatting(services);

async function format(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

const commentsOf = (text: string) => text.match(/\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g) ?? [];

const MESSY = `// 머리말

plan   Messy "어지러운 계획"{region "대구"   horizon 2026 to 2030
  leadership private /* 민간 주도 */
agency A "진흥원" { independent budget 3000000 USD
survey   monthly}   firm F "기업"
  // 네트워크 설명
network N "포럼" {members A ,F,F2 // 회원
offers market,foresight }
firm F2 "기업2" {}
  task T1 "과제" { goals talent,research
  /* 여러 줄
     주석 */
  }
}
// 끝`;

const MESSY_FORMATTED = `// 머리말

plan Messy "어지러운 계획" {
    region "대구"
    horizon 2026 to 2030
    leadership private /* 민간 주도 */

    agency A "진흥원" {
        independent
        budget 3000000 USD
        survey monthly
    }

    firm F "기업"

    // 네트워크 설명
    network N "포럼" {
        members A, F, F2 // 회원
        offers market, foresight
    }

    firm F2 "기업2" {}

    task T1 "과제" {
        goals talent, research
        /* 여러 줄
     주석 */
    }
}
// 끝
`;

describe('formatter', () => {
    test('lays a messy plan out canonically, keeping every comment', async () => {
        await expectFormatted({ before: MESSY, after: MESSY_FORMATTED, disposeAfterCheck: true });
    });

    test.each(['busan-marine-bio.cplan', 'daegu-draft.cplan'])('%s: formatting twice changes nothing more, and keeps the comments', async name => {
        const source = example(name);
        const once = await format(source);
        expect(await format(once)).toBe(once);
        expect(commentsOf(once)).toEqual(commentsOf(source));
    });

    test('the messy variant is stable once formatted', async () => {
        expect(await format(MESSY_FORMATTED)).toBe(MESSY_FORMATTED);
    });

    test('one clause per line and a blank line between elements', async () => {
        const once = await format(example('busan-marine-bio.cplan'));
        expect(once).toContain('    firm SeaGen "씨젠해양(주)" {\n        star\n        origin local\n        stage growth\n    }\n\n    firm BlueCell');
        expect(once).toContain('    government BusanCity "부산광역시 미래산업국" {\n        level local\n    }\n');
    });

    test('keeps CRLF line ends and the byte-order mark', async () => {
        const source = '\uFEFFplan P "p" {\r\n  region "r"   horizon 2026 to 2035\r\n}\r\n';
        expect(await format(source)).toBe('\uFEFFplan P "p" {\r\n    region "r"\r\n    horizon 2026 to 2035\r\n}\r\n');
    });

    test('formats only the selected lines', async () => {
        const before = 'plan P "p" {\n  region "r"   horizon 2026 to 2035\nagency A "a" { independent\n survey monthly }\n  firm F "f" {star}\n}\n';
        const document = await parse(before);
        const edits = await services.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true },
            range: { start: { line: 2, character: 0 }, end: { line: 3, character: 17 } }
        });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe(
            'plan P "p" {\n  region "r"   horizon 2026 to 2035\n\n    agency A "a" {\n        independent\n        survey monthly\n    }\n  firm F "f" {star}\n}\n');
    });

    test('a plan with a syntax error is left as it is', async () => {
        const source = 'plan P "p" {\n  region   "r"\n  agency {\n}\n';
        expect(await format(source)).toBe(source);
    });
});
