import { toLocale, type Locale } from '../analysis/locale.js';
import { VERSION } from '../version.js';
import { parseArgs, unknownCommand, UsageError } from './args.js';
import { EXIT_INCOMPLETE, EXIT_OK, type CliIo } from './cli-io.js';
import { cliMessage } from './cli-messages.js';
import { COMMAND_OPTIONS, COMMON_OPTIONS, commandWord, isCommandName, type CommandName } from './commands.js';
import { ConfigError } from './config-file.js';

/** What a command does with its positional arguments and options; gives the exit status. */
export type CommandRun = (positionals: readonly string[], options: Readonly<Record<string, string | true>>, locale: Locale, io: CliIo) => Promise<number>;

/** The commands one bundle of `cplan` runs. */
export type CommandTable = Readonly<Partial<Record<CommandName, CommandRun>>>;

const HELP: Record<Locale, string> = {
    ko: `cplan ${VERSION} — 지역 바이오클러스터 발전계획(.cplan) 점검 도구

사용법:
  cplan check [경로 ...] [--format text|json|sarif] [--lang ko|en] [--config 파일]
      계획 파일과 폴더(하위의 모든 *.cplan)를 보고서의 원칙에 비추어 점검합니다. 기본 경로: .
      규칙별 심각도는 계획 위쪽 폴더의 cplan.config.json 또는 --config 파일에서 읽습니다.
      종료 코드: 0 오류 없음, 1 오류 있음, 2 점검하지 못한 파일이나 잘못된 옵션
  cplan generate 파일 [--format html|md|docx|hwpx] [--out 경로] [--lang ko|en] [--config 파일]
      계획 문서를 만듭니다 (기본: 입력 파일 옆에 html). 쓴 파일의 경로를 출력합니다.
      원칙 점검표는 check와 같은 규칙 설정(cplan.config.json 또는 --config)을 따릅니다.
      종료 코드: 0 완료, 1 계획에 문법 오류, 2 쓸 수 없는 경로·계획 파일을 덮어쓰는 경로
  cplan init [파일] [--region 지역] [--keywords ko|en] [--lang ko|en]
      발전로드맵 네 단계를 따르는 새 계획의 뼈대를 씁니다 (기본: plan.cplan). 쓴 파일의 경로를 출력합니다.
      키워드는 --keywords의 언어로, 없으면 --lang의 언어(기본: 한국어)로 씁니다.
      이미 있는 파일은 덮어쓰지 않습니다. 종료 코드: 0 완료, 2 이미 있는 파일·.cplan이 아닌 이름·쓸 수 없는 경로
  cplan portfolio [폴더] [--format text|json|sarif|html|md|docx|hwpx] [--out 경로] [--lang ko|en] [--config 파일]
      cplan.portfolio.json이 있는 폴더의 계획들을 각각 check처럼 점검하고, 지역 간 선택과 집중
      (포지셔닝 중복, 투자 집중, 스타기업, 해외 파트너 …)을 함께 점검합니다. 기본 폴더: .
      html, md, docx, hwpx는 종합 검토 문서를 씁니다 (기본: 폴더의 cplan-portfolio.<확장자>).
      종료 코드: check와 같음 (문서는 0 작성, 1 문법 오류로 뺀 계획, 2 읽지 못한 계획·쓸 수 없는 경로)
  cplan convert --keywords ko|en [--check] 경로 ...
      계획의 키워드를 한국어(ko)나 영어(en)로 바꿉니다. 이름·문자열·주석·단위·띄어쓰기는 그대로 둡니다.
      --check는 파일을 바꾸지 않고 그 표기가 아닌 파일을 알려 줍니다 (CI용).
      종료 코드: 0 완료, 1 (--check) 바꿀 키워드가 있는 파일, 2 문법 오류로 그대로 둔 파일·읽거나 쓸 수 없는 파일
  cplan rules [--format md|json] [--lang ko|en]
      원칙 규칙 목록을 보여 줍니다.
  cplan --help | help | --version`,
    en: `cplan ${VERSION} — checker for regional bio-cluster development plans (.cplan)

Usage:
  cplan check [PATH ...] [--format text|json|sarif] [--lang ko|en] [--config FILE]
      Checks plan files and folders (every *.cplan below them) against the report's principles. Default path: .
      Rule severities come from the nearest cplan.config.json above each plan, or from --config FILE.
      Exit status: 0 no errors, 1 errors found, 2 a file could not be checked or a bad option
  cplan generate FILE [--format html|md|docx|hwpx] [--out PATH] [--lang ko|en] [--config FILE]
      Writes the plan document (default: html next to the input) and prints the path written.
      Its scorecard follows the same rule settings as check (cplan.config.json or --config).
      Exit status: 0 written, 1 the plan has syntax errors, 2 the path cannot be written or would overwrite a plan
  cplan init [FILE] [--region TEXT] [--keywords ko|en] [--lang ko|en]
      Writes the skeleton of a new plan that follows the four roadmap stages (default: plan.cplan) and prints its path.
      Its keywords are in the language of --keywords, or else of --lang (default: Korean).
      It never overwrites a file. Exit status: 0 written, 2 the file exists, the name does not end in .cplan, or it cannot be written
  cplan portfolio [FOLDER] [--format text|json|sarif|html|md|docx|hwpx] [--out PATH] [--lang ko|en] [--config FILE]
      Checks the plans of the folder holding cplan.portfolio.json each as check does, then across
      regions: selection and concentration (crowded positions, investment focus, star firms, partners …).
      Default folder: . html, md, docx and hwpx write the portfolio document (default: cplan-portfolio.<ext> in the folder).
      Exit status: as check (document: 0 written, 1 a plan left out for syntax errors, 2 a plan unreadable or the path unwritable)
  cplan convert --keywords ko|en [--check] PATH ...
      Writes the plans' keywords in Korean (ko) or English (en); names, strings, comments, units and spacing stay as they are.
      --check changes nothing and lists the files not in that spelling (for CI).
      Exit status: 0 done, 1 (--check) a file has keywords to convert, 2 a file left as it is for syntax errors, or unreadable or unwritable
  cplan rules [--format md|json] [--lang ko|en]
      Lists the principle rules.
  cplan --help | help | --version`
};

/**
 * Runs a command line with the commands of one bundle of `cplan` (src/cli/commands.ts says
 * which bundle runs which); help, the version and usage errors are answered by either.
 */
export async function runCli(argv: readonly string[], io: CliIo, commands: CommandTable): Promise<number> {
    // The language flag is read first so that even a usage error is reported in it.
    const locale = toLocale(languageFlag(argv));
    try {
        const word = commandWord(argv);
        const name = isCommandName(word) ? word : undefined;
        const parsed = parseArgs(argv, { ...COMMON_OPTIONS, ...(name ? COMMAND_OPTIONS[name] : {}) });
        if (parsed.options.version) {
            io.stdout(VERSION);
            return EXIT_OK;
        }
        // `cplan help` is asked for as `git help` is.
        if (parsed.options.help || parsed.command === 'help' || parsed.command === undefined) {
            io.stdout(HELP[locale]);
            return parsed.command === undefined && !parsed.options.help ? EXIT_INCOMPLETE : EXIT_OK;
        }
        if (!name) {
            throw unknownCommand(parsed.command, Object.keys(COMMAND_OPTIONS));
        }
        const run = commands[name];
        if (!run) {
            // The start-up file runs every command with the bundle that has it (test/cli-start.test.ts).
            throw new Error(`${name} is not a command of this bundle`);
        }
        return await run(parsed.positionals, parsed.options, locale, io);
    } catch (error) {
        if (error instanceof UsageError || error instanceof ConfigError) {
            io.stderr(`cplan: ${cliMessage(error.key, locale, error.args)}`);
        } else {
            io.stderr(`cplan: ${cliMessage('internalError', locale, { detail: error instanceof Error ? error.message : String(error) })}`);
        }
        return EXIT_INCOMPLETE;
    }
}

function languageFlag(argv: readonly string[]): string | undefined {
    const index = argv.findIndex(arg => arg === '--lang' || arg.startsWith('--lang='));
    if (index < 0) {
        return undefined;
    }
    return argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
}
