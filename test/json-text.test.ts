import { describe, expect, test } from 'vitest';
import { parseJsonText } from '../src/language/json-text.js';

describe('the text of a JSON file', () => {
    test('is read past a byte-order mark', () => {
        expect(parseJsonText('\uFEFF{ "rules": {} }')).toEqual({ json: { rules: {} } });
    });

    test('that is not JSON gives the line and column where it goes wrong, whatever its line ends', () => {
        expect(parseJsonText('{\n  "rules": {\n    "a": "off",\n  }\n}\n')).toEqual({ line: 4, column: 3 });
        expect(parseJsonText('{\r\n  "title": x\r\n}')).toEqual({ line: 2, column: 12 });
        expect(parseJsonText('\uFEFF{ "title": 1,, }')).toEqual({ line: 1, column: 14 });
    });

    test('that ends too early points past its last character', () => {
        expect(parseJsonText('{ "title": ')).toEqual({ line: 1, column: 12 });
        expect(parseJsonText('{\n')).toEqual({ line: 2, column: 1 });
    });
});
