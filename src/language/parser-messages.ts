import type { IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';
import type { MessageArgs } from '../analysis/findings.js';

/** A parse error as the `syntax` rule words it: one of its messages and the arguments. */
export interface SyntaxMessage {
    readonly message: 'mismatch' | 'trailing' | 'endOfInput';
    readonly args: MessageArgs;
}

/**
 * Chevrotain reports a parse error as a string. This provider writes that string as a
 * `SyntaxMessage` in JSON, which `syntaxFindings` reads back, so that the error is worded in
 * the reader's language where every other finding is, not when the text is parsed.
 */
export class PlanParserErrorMessages extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken }): string {
        return expectedButFound([expected], actual);
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return encode({ message: 'trailing', args: { actual: tokenText(firstRedundant) } });
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        return expectedButFound(expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])), actual[0]);
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return expectedButFound(expectedIterationPaths.map(path => path[0]), actual[0]);
    }
}

function expectedButFound(expected: ReadonlyArray<TokenType | undefined>, actual: IToken | undefined): string {
    const tokens = { tokens: [...new Set(expected.flatMap(token => token ? [token.name] : []))] };
    if (!actual || actual.tokenType?.name === 'EOF') {
        return encode({ message: 'endOfInput', args: { expected: tokens } });
    }
    return encode({ message: 'mismatch', args: { expected: tokens, actual: tokenText(actual) } });
}

const tokenText = (token: IToken) => `'${token.image}'`;

const encode = (message: SyntaxMessage) => JSON.stringify(message);

/** The message of a parse error, or none when it was not written by this provider. */
export function decodeSyntaxMessage(text: string): SyntaxMessage | undefined {
    try {
        const decoded = JSON.parse(text) as Partial<SyntaxMessage>;
        return typeof decoded.message === 'string' && typeof decoded.args === 'object' ? decoded as SyntaxMessage : undefined;
    } catch {
        return undefined;
    }
}
