import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../src/document/render/markdown.js';
import { modelOf } from './document-helpers.js';
import { example } from './helpers.js';

// `npm run build` writes the expected files; review their diff. The test build only checks
// them, so a document change that was not built and committed fails here and there.
describe('the Markdown document of each example matches its golden file exactly', () => {
    for (const name of ['busan-marine-bio', 'daegu-draft', 'wonju-medical-device']) {
        test(name, async () => {
            const golden = readFileSync(new URL(`./golden/${name}.md`, import.meta.url), 'utf8');
            expect(renderMarkdown(await modelOf(example(`${name}.cplan`)))).toBe(golden);
        });
    }
});
