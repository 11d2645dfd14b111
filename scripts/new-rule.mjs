// `npm run new-rule -- <category> <rule-id>`: scaffolds a rule module and its test in
// src/analysis/rules/<category>/ and lists the module at the end of its category in
// src/analysis/rules/index.ts. Write the check, the texts and the test cases, then run
// `npm run build`: the rule page, the settings, `cplan rules` and the scorecard follow.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const rulesFolder = fileURLToPath(new URL('../src/analysis/rules/', import.meta.url));
const [category, id] = process.argv.slice(2);
const categories = readdirSync(rulesFolder, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name);

function fail(message) {
    console.error(`new-rule: ${message}`);
    console.error('usage: npm run new-rule -- <category> <rule-id>');
    process.exit(2);
}

if (!categories.includes(category)) {
    fail(`the category must be one of ${categories.join(', ')}`);
}
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id ?? '')) {
    fail('the rule id is lower-case words joined by hyphens, e.g. network-diversity');
}
const modulePath = path.join(rulesFolder, category, `${id}.ts`);
const indexPath = path.join(rulesFolder, 'index.ts');
const index = readFileSync(indexPath, 'utf8');
if (existsSync(modulePath) || index.includes(`/${id}.js'`)) {
    fail(`a rule '${id}' exists already`);
}

const binding = id.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());

writeFileSync(modulePath, `import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: '${id}',
    category: '${category}',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '보고서의 원칙을 한 문장으로 적습니다.',
        en: 'The principle of the report, in one sentence.'
    },
    trigger: {
        ko: '언제 지적하는지 적습니다.',
        en: 'When the rule fires, in plain words.'
    },
    source: {
        heading: '□ 보고서의 절 ▶ 항목',
        passage: '보고서 원문을 그대로 옮깁니다.',
        gist: 'An English gist of the passage.'
    },
    messages: {
        main: {
            ko: '이 계획에서 무엇이 잘못되었는지, 보고서가 왜 그렇게 말하는지, 무엇을 쓰면 되는지: \`…\`를 추가하세요.',
            en: 'What is wrong in this plan, why in a few words of the report, and what to write: add \`…\`.'
        }
    },
    // The plan facts (src/analysis/facts.ts) hold every element and clause of the plan.
    check: facts => when(facts.networks.length === 0, () => atPlan(facts)),
    examples: {
        failing: 'region "부산광역시"',
        passing: 'network N "네트워크" { kind business }'
    }
});
`);

writeFileSync(path.join(rulesFolder, category, `${id}.test.ts`), `import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './${id}.js';

// \`at\` lists every finding of the rule as \`line:text\`: the line and the text its range covers.
testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['region "부산광역시"', 'region "부산광역시"']), at: ['4:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
`);

// The new rule goes last in its category: after the last import and entry of a rule of the category.
const lines = index.split('\n');
const lastImport = lines.findLastIndex(line => line.startsWith('import ') && line.includes(`'./${category}/`));
lines.splice(lastImport + 1, 0, `import ${binding} from './${category}/${id}.js';`);
const entries = lines.findIndex(line => line.startsWith('export const RULE_MODULES'));
const categoryStart = lines.findIndex((line, i) => i > entries && line.trim() === `// ${category}`);
let last = categoryStart;
while (lines[last + 1] && !lines[last + 1].trim().startsWith('//') && !lines[last + 1].startsWith(']')) {
    last++;
}
if (!lines[last].trim().endsWith(',') && !lines[last].trim().startsWith('//')) {
    lines[last] = `${lines[last]},`;
}
const closesList = lines[last + 1].startsWith(']');
lines.splice(last + 1, 0, `    ${binding}${closesList ? '' : ','}`);
writeFileSync(indexPath, lines.join('\n'));

console.log(`Created src/analysis/rules/${category}/${id}.ts and its test, and listed the rule in src/analysis/rules/index.ts.
Next: write its texts, check and examples, its test cases, then \`npm run build\` and \`npm test\`.`);
