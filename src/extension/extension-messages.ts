import { fillTemplate, toLocale, type Localized } from '../analysis/locale.js';

/** What the editor commands say to the user, in the editor's display language. */
const MESSAGES = {
    previewTitle: { ko: '미리보기: {name}', en: 'Preview: {name}' },
    noPlanOpen: { ko: '열려 있는 .cplan 계획 파일이 없습니다.', en: 'No .cplan plan is open.' },
    syntaxErrors: { ko: '계획에 문법 오류가 {count}개 있어 문서를 만들 수 없습니다. 먼저 문제 패널의 오류를 고치세요.', en: 'The plan has {count} syntax error(s), so no document can be made; fix them first (see the Problems panel).' },
    previewStale: { ko: '문법 오류 {count}개: 마지막으로 올바르던 계획을 보여 줍니다.', en: '{count} syntax error(s): showing the plan as it last parsed.' },
    pickFormat: { ko: '문서 형식을 고르세요', en: 'Choose the document format' },
    formatHtml: { ko: 'HTML (웹 브라우저, 인쇄용)', en: 'HTML (web browser, print)' },
    formatMd: { ko: 'Markdown', en: 'Markdown' },
    formatDocx: { ko: 'Word 문서 (DOCX)', en: 'Word document (DOCX)' },
    saveLabel: { ko: '문서 저장', en: 'Save document' },
    refusePlanTarget: { ko: '.cplan 파일에는 문서를 저장하지 않습니다 (계획 파일을 덮어쓸 수 있습니다).', en: 'The document is not saved over a .cplan file (it could overwrite a plan).' },
    exported: { ko: '문서를 저장했습니다: {path}', en: 'Document saved: {path}' },
    cannotWrite: { ko: '문서를 저장할 수 없습니다: {reason}', en: 'Cannot save the document: {reason}' }
} satisfies Record<string, Localized>;

export function extensionMessage(key: keyof typeof MESSAGES, language: string, args: Record<string, string | number> = {}): string {
    const texts = Object.fromEntries(Object.entries(args).map(([name, value]) => [name, String(value)]));
    return fillTemplate(MESSAGES[key][toLocale(language)], texts);
}
