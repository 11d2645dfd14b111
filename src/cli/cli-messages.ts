import { fillTemplate, type Locale, type Localized } from '../analysis/locale.js';
import { PLAN_FILE_PROBLEMS } from '../language/plan-bytes.js';

/** Everything the command line says besides rule messages, in Korean and English. */
const MESSAGES = {
    noSuchPath: { ko: '경로를 찾을 수 없습니다: {path}', en: 'no such file or folder: {path}' },
    ...PLAN_FILE_PROBLEMS,
    notRegularFile: { ko: '일반 파일이 아니어서 읽지 않았습니다 (파이프나 장치 파일): {path}', en: 'not a regular file (a pipe or a device), so it was not read: {path}' },
    noPlans: { ko: '.cplan 파일이 없습니다: {path}', en: 'no .cplan files in {path}' },
    unknownCommand: { ko: '알 수 없는 명령입니다: {command} (cplan --help 참고)', en: 'unknown command: {command} (see cplan --help)' },
    unknownOption: { ko: '알 수 없는 옵션입니다: {option} (cplan --help 참고)', en: 'unknown option: {option} (see cplan --help)' },
    commandIsPath: { ko: '명령이 빠졌습니다. 계획을 점검하려면: cplan check {path} (cplan --help 참고)', en: 'the command is missing; to check the plan: cplan check {path} (see cplan --help)' },
    unknownCommandNear: { ko: '알 수 없는 명령입니다: {command}. 혹시 {suggestion}을(를) 쓰려던 것인가요? (cplan --help 참고)', en: 'unknown command: {command}; did you mean {suggestion}? (see cplan --help)' },
    unknownOptionNear: { ko: '알 수 없는 옵션입니다: {option}. 혹시 {suggestion}을(를) 쓰려던 것인가요? (cplan --help 참고)', en: 'unknown option: {option}; did you mean {suggestion}? (see cplan --help)' },
    missingValue: { ko: '{option} 옵션에 값이 필요합니다', en: 'the option {option} needs a value' },
    badValue: { ko: '{option}의 값 {value}은(는) 쓸 수 없습니다. 가능한 값: {allowed}', en: '{value} is not a valid value for {option}; use one of: {allowed}' },
    nodeTooOld: { ko: 'Node.js 22 이상이 필요합니다 (현재 {version})', en: 'Node.js 22 or newer is required (this is {version})' },
    summary: { ko: '파일 {files}개: 오류 {errors}, 경고 {warnings}, 정보 {infos}, 힌트 {hints}', en: '{files} file(s): {errors} error(s), {warnings} warning(s), {infos} info, {hints} hint(s)' },
    configUnreadable: { ko: '설정 파일을 읽을 수 없습니다 ({reason}): {path}', en: 'cannot read the config file ({reason}): {path}' },
    configNotJson: { ko: '설정 파일이 올바른 JSON이 아닙니다 ({line}행 {column}열 근처): {path}', en: 'the config file is not valid JSON (near line {line}, column {column}): {path}' },
    configShape: { ko: '설정 파일은 { "rules": { "<규칙 id>": "error|warning|info|hint|off" } } 모양이어야 합니다: {path}', en: 'the config file must look like { "rules": { "<rule id>": "error|warning|info|hint|off" } }: {path}' },
    configBadRules: { ko: '설정 파일에 알 수 없는 규칙이나 값이 있습니다 ({entries}): {path}', en: 'unknown rule ids or values in the config file ({entries}): {path}' },
    internalError: { ko: '내부 오류가 발생했습니다: {detail}', en: 'internal error: {detail}' },
    generateNeedsOneFile: { ko: 'generate에는 계획 파일 하나를 지정하세요 (예: cplan generate 계획.cplan)', en: 'generate takes exactly one plan file (e.g. cplan generate plan.cplan)' },
    outIsInput: { ko: '출력 파일이 입력한 계획 파일과 같습니다. --out으로 다른 경로를 지정하세요: {path}', en: 'the output would overwrite the input plan; choose another path with --out: {path}' },
    outNotRegularFile: { ko: '일반 파일이 아닌 곳에는 문서를 쓰지 않습니다 (파이프나 장치 파일): {path}', en: 'refusing to write the document over something that is not a regular file (a pipe or a device): {path}' },
    outIsPlan: { ko: '.cplan 파일에는 문서를 쓰지 않습니다 (계획 파일을 덮어쓸 수 있습니다): {path}', en: 'refusing to write the document to a .cplan file (it could overwrite a plan): {path}' },
    cannotWrite: { ko: '문서를 저장할 수 없습니다 ({reason}): {path}', en: 'cannot write the document ({reason}): {path}' },
    initTakesOneFile: { ko: 'init에는 새 계획 파일 하나만 지정하세요 (예: cplan init 계획.cplan)', en: 'init takes at most one new plan file (e.g. cplan init plan.cplan)' },
    initExists: { ko: '이미 있는 파일은 덮어쓰지 않습니다. 다른 이름을 지정하세요: {path}', en: 'refusing to overwrite an existing file; choose another name: {path}' },
    initNotPlanFile: { ko: '계획 파일의 이름은 .cplan으로 끝나야 합니다 (편집기와 cplan check가 계획으로 알아봅니다): {path}', en: 'a plan file\'s name must end in .cplan (so that the editor and cplan check take it for a plan): {path}' },
    initCannotWrite: { ko: '계획 파일을 쓸 수 없습니다 ({reason}): {path}', en: 'cannot write the plan file ({reason}): {path}' },
    portfolioNeedsOneFolder: { ko: 'portfolio에는 cplan.portfolio.json이 있는 폴더 하나를 지정하세요 (예: cplan portfolio 계획들/)', en: 'portfolio takes one folder holding a cplan.portfolio.json (e.g. cplan portfolio plans/)' },
    portfolioNotFolder: { ko: '폴더가 아닙니다. cplan.portfolio.json이 있는 폴더를 지정하세요: {path}', en: 'not a folder; give the folder that holds cplan.portfolio.json: {path}' },
    portfolioMissing: { ko: '포트폴리오 파일이 없습니다. 폴더에 { "title": "…" }를 담은 cplan.portfolio.json을 만드세요: {path}', en: 'no portfolio file; create a cplan.portfolio.json holding { "title": "…" } in the folder: {path}' },
    portfolioNotJson: { ko: '포트폴리오 파일이 올바른 JSON이 아닙니다 ({line}행 {column}열 근처): {path}', en: 'the portfolio file is not valid JSON (near line {line}, column {column}): {path}' },
    portfolioShape: { ko: '포트폴리오 파일은 { "title": "…", "members": ["*.cplan"], "thresholds": { "<규칙 id>": 숫자 } } 모양이어야 합니다 (title은 필수): {path}', en: 'the portfolio file must look like { "title": "…", "members": ["*.cplan"], "thresholds": { "<rule id>": number } } (title is required): {path}' },
    portfolioBadThreshold: { ko: '포트폴리오 파일의 기준값을 쓸 수 없습니다 ({entries}). 기준값이 있는 규칙(기본값): {rules}: {path}', en: 'unusable thresholds in the portfolio file ({entries}); rules with a threshold (default): {rules}: {path}' },
    portfolioNoMembers: { ko: '포트폴리오에 계획이 없습니다 (members: {members}): {path}', en: 'the portfolio has no plans (members: {members}): {path}' },
    portfolioSyntaxMember: { ko: '문법 오류가 있어 비교에서 뺐습니다: {path}', en: 'left out of the comparison, it has syntax errors: {path}' },
    convertUsage: { ko: 'convert에는 --keywords ko|en과 계획 파일이나 폴더를 지정하세요 (예: cplan convert --keywords ko 계획.cplan)', en: 'convert takes --keywords ko|en and plan files or folders (e.g. cplan convert --keywords ko plan.cplan)' },
    convertSyntax: { ko: '문법 오류가 있어 키워드를 바꾸지 않았습니다 ({count}개): {path}', en: 'the plan has syntax errors, so its keywords were not converted ({count}): {path}' },
    cannotConvert: { ko: '계획 파일을 저장할 수 없습니다 ({reason}): {path}', en: 'cannot write the plan ({reason}): {path}' },
    converted: { ko: '{path}: 키워드 {count}개를 {spelling}로 바꿨습니다', en: '{path}: {count} keyword(s) converted to {spelling}' },
    notInSpelling: { ko: '{path}: {spelling}가 아닌 키워드가 {count}개 있습니다', en: '{path}: {count} keyword(s) not in {spelling}' },
    koreanKeywords: { ko: '한국어 키워드', en: 'Korean keywords' },
    englishKeywords: { ko: '영어 키워드', en: 'English keywords' },
    syntaxRefused: { ko: '문법 오류가 있어 문서를 만들지 않았습니다 ({count}개): {path}', en: 'the plan has syntax errors, so no document was written ({count}): {path}' }
} satisfies Record<string, Localized>;

export type CliMessage = keyof typeof MESSAGES;

export function cliMessage(key: CliMessage, locale: Locale, args: Record<string, string | number> = {}): string {
    const texts = Object.fromEntries(Object.entries(args).map(([name, value]) => [name, String(value)]));
    return fillTemplate(MESSAGES[key][locale], texts);
}
