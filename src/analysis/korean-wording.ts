import { keywordOf, spell, type KeywordSpelling } from '../grammar/keyword-spellings.js';
import type { Locale, Localized } from './locale.js';

/**
 * Korean texts written once for plans in either spelling: the rules' messages, the quick fixes'
 * titles and what each keyword means. They name the keywords they speak of in English beside
 * their own words (`계획 기간(horizon)이`, `private(민간), joint(민관 공동)`), for the reader of
 * an English-keyword plan; a Korean-keyword plan reads them in its own keywords instead.
 */

/** Korean prose in the words of a Korean-keyword plan: `wordedForKoreanPlan('강점(strength)과 private(민간)')` is `'강점과 민간'`. */
export function wordedForKoreanPlan(text: string): string {
    return keywordsInKorean(withoutRepeatedGlosses(text));
}

/** A text with nothing to fill in (a rule's trigger, a keyword's meaning) in the reader's language, its Korean naming keywords as a plan of `spelling` writes them. */
export function inPlanWords(text: Localized, locale: Locale, spelling: KeywordSpelling): string {
    return locale === 'ko' && spelling === 'ko' ? wordedForKoreanPlan(text.ko) : text[locale];
}

/**
 * A parenthesised phrase of keywords, `{placeholders}` and `…`, with which a Korean text
 * glosses its own words, as text or as a code span: `(horizon {start} to {end})`, `` (`position`) ``.
 */
const KEYWORD_GLOSS = /\((`?)([a-z]+(?: (?:[a-z]+|\{\w+\}|\u2026))*)\1\)/g;

/**
 * Leaves out a gloss that, in Korean keywords, only repeats the words before it (`강점(strength)`
 * reads `강점`, `` 포지셔닝(`position`) 추가 `` reads `포지셔닝 추가`); the particle after it agrees
 * with those words already.
 */
export function withoutRepeatedGlosses(text: string): string {
    return text.replace(KEYWORD_GLOSS, (gloss, _quote: string, phrase: string, offset: number) => {
        const words = phrase.split(' ');
        const keywordsOnly = words.every(word => word === '\u2026' || word.startsWith('{') || keywordOf(word) !== undefined);
        const korean = words.map(word => spell(word, 'ko')).join(' ');
        return keywordsOnly && unspaced(text.slice(0, offset)).endsWith(unspaced(korean)) ? '' : gloss;
    });
}

/**
 * A `{placeholder}` (kept as it is), or a word in small Latin letters with the Hangul written
 * onto it (`link의`) and the Korean gloss that may follow it (`private(민간)`, `ko 한국어`); a
 * word of a rule id (`period-order`) is none.
 */
const LATIN_WORD = /\{\w+\}|(?<![A-Za-z-])([a-z]+)(?![A-Za-z-])([\uAC00-\uD7A3]*)(\([^()]*\)| [\uAC00-\uD7A3]+)?/g;

/**
 * The keywords a text names outside code spans, in Korean: `(link의 partner)` reads
 * `(연계의 파트너)`; a particle written onto one agrees with its Korean spelling, and a gloss
 * that would repeat it goes (`private(민간)` reads `민간`, `ko 한국어` reads `한국어`).
 */
export function keywordsInKorean(text: string): string {
    return text.replace(LATIN_WORD, (piece, word: string | undefined, attached: string, gloss: string | undefined) => {
        if (word === undefined || keywordOf(word) === undefined) {
            return piece;
        }
        const korean = spell(word, 'ko');
        const repeats = gloss !== undefined && attached === '' && unspaced(gloss.replace(/^\(|\)$/g, '')) === unspaced(korean);
        return korean + withParticleFor(korean, attached) + (repeats ? '' : gloss ?? '');
    });
}

const unspaced = (words: string) => words.replace(/[\s`]+/g, '');

/** Particles by the form after a final consonant, then after a vowel. */
const PARTICLES: ReadonlyArray<readonly [string, string]> = [['으로', '로'], ['이나', '나'], ['을', '를'], ['이', '가'], ['은', '는'], ['과', '와']];

/**
 * Makes the particle that starts `text` agree with the Hangul syllable `before` ends with
 * (templates are written for English snippets). A neutral form such as `을(를)` is kept.
 */
export function withParticleFor(before: string, text: string): string {
    const last = before.charCodeAt(before.length - 1) - 0xAC00;
    if (!(last >= 0 && last <= 0xD7A3 - 0xAC00)) {
        return text;
    }
    const finalConsonant = last % 28;
    for (const [afterConsonant, afterVowel] of PARTICLES) {
        const particle = [afterConsonant, afterVowel].find(form => text.startsWith(form));
        // `이` before more Hangul is the copula (`official이거나`, `university이고`), the same after a vowel.
        if (particle === undefined || text[particle.length] === '(' || (particle === '이' && /^[\uAC00-\uD7A3]/.test(text.slice(1)))) {
            continue;
        }
        // `로` also follows a final ㄹ (`연구소로`, `지역으로`).
        const wanted = finalConsonant === 0 || (afterVowel === '로' && finalConsonant === 8) ? afterVowel : afterConsonant;
        return wanted + text.slice(particle.length);
    }
    return text;
}
