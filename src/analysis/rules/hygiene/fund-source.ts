import { atName } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'fund-source',
    category: 'hygiene',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '모든 펀드는 재원이 민간인지, 공공인지, 민관 공동인지 밝힌다.',
        en: 'Every fund says whether its money is private, public or joint.'
    },
    trigger: {
        ko: 'fund에 source가 없을 때 (그 펀드는 공공 자금 펀드로 점검됨)',
        en: 'a `fund` has no `source` (it is still checked as a public-money fund)'
    },
    messages: {
        main: {
            ko: '펀드 {name}의 재원(source)이 없습니다. 재원을 밝히지 않은 펀드는 공공 자금으로 보고 경쟁 선정·상시 감사·단계별 심사를 요구합니다: `source private`, `source public` 또는 `source joint`를 추가하세요.',
            en: 'Fund {name} has no `source`. A fund that does not say where its money comes from is checked as public money, with competitive selection, continuous audit and staged review: add `source private`, `source public` or `source joint`.'
        }
    },
    applies: facts => facts.funds.length > 0,
    check: facts => facts.funds.filter(fund => !fund.source).map(fund => atName(fund.node)),
    examples: {
        failing: 'fund Growth "바이오 육성펀드" {\n    amount 100 억원\n}',
        passing: 'fund Growth "바이오 육성펀드" {\n    source joint\n    amount 100 억원\n}'
    }
});
