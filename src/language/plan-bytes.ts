import type { Localized } from '../analysis/locale.js';
import { MAX_PLAN_BYTES } from './plan-limits.js';

/**
 * Why a file gives no plan text, as `cplan` and the playground say it: `{path}` is the file as
 * the user named it.
 */
export const PLAN_FILE_PROBLEMS = {
    unreadable: { ko: '파일을 읽을 수 없습니다 ({reason}): {path}', en: 'cannot read the file ({reason}): {path}' },
    binary: { ko: '텍스트 파일이 아닙니다 (NUL 바이트가 있습니다): {path}', en: 'not a text file (it holds NUL bytes): {path}' },
    notUtf8: { ko: 'UTF-8로 저장된 파일이 아닙니다 (CP949/EUC-KR로 저장했다면 UTF-8로 다시 저장하세요): {path}', en: 'not valid UTF-8 (if it was saved as CP949/EUC-KR, save it again as UTF-8): {path}' },
    utf16: { ko: 'UTF-16(유니코드)으로 저장된 파일입니다. UTF-8로 다시 저장하세요: {path}', en: 'saved as UTF-16 ("Unicode"); save it again as UTF-8: {path}' },
    tooLarge: { ko: '파일이 너무 큽니다 ({size} MB, 최대 {limit} MB): {path}', en: 'the file is too large ({size} MB, at most {limit} MB): {path}' }
} satisfies Record<string, Localized>;

export type PlanFileProblem = keyof typeof PLAN_FILE_PROBLEMS;

/** The arguments of `tooLarge` besides the path, or undefined for a file small enough to be a plan. */
export function sizeProblem(bytes: number): { size: string; limit: string } | undefined {
    return bytes > MAX_PLAN_BYTES ? { size: (bytes / 1048576).toFixed(1), limit: String(MAX_PLAN_BYTES / 1048576) } : undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A plan's text from a file's bytes: UTF-8, a byte-order mark dropped so that columns match what editors show. */
export function decodePlanBytes(bytes: Uint8Array): { text: string } | { problem: 'utf16' | 'binary' | 'notUtf8' } {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        // Windows Notepad's "Unicode": full of NUL bytes, but a text the user can save again as UTF-8.
        return { problem: 'utf16' };
    }
    if (bytes.includes(0)) {
        return { problem: 'binary' };
    }
    try {
        return { text: utf8.decode(bytes) };
    } catch {
        return { problem: 'notUtf8' };
    }
}
