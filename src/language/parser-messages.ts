import type { IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';
import { formatMessage } from '../analysis/messages.js';
import type { PlanSettings } from './settings.js';

const MAX_LISTED = 6;

/**
 * Parse errors in the reader's language, naming what was expected in their terms: "a name"
 * instead of the 160 keywords a name may also be spelled as.
 */
export class PlanParserErrorMessages extends LangiumParserErrorMessageProvider {
    constructor(private readonly settings: PlanSettings) {
        super();
    }

    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken }): string {
        return this.expectedButFound([expected], actual);
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return this.syntax('trailing', { actual: this.describeToken(firstRedundant) });
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        return this.expectedButFound(expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])), actual[0]);
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return this.expectedButFound(expectedIterationPaths.map(path => path[0]), actual[0]);
    }

    private expectedButFound(expected: ReadonlyArray<TokenType | undefined>, actual: IToken | undefined): string {
        const wanted = this.describeExpected(expected);
        if (!actual || actual.tokenType?.name === 'EOF') {
            return this.syntax('endOfInput', { expected: wanted });
        }
        return this.syntax('mismatch', { expected: wanted, actual: this.describeToken(actual) });
    }

    private describeExpected(tokens: ReadonlyArray<TokenType | undefined>): string {
        const names = new Set<string>();
        for (const token of tokens) {
            if (token) {
                names.add(token.name);
            }
        }
        if (names.has('ID')) {
            return this.label('name');
        }
        const described = [...names].map(name => this.describeTokenType(name));
        const listed = described.slice(0, MAX_LISTED).join(', ');
        return described.length > MAX_LISTED ? `${listed}, …` : listed;
    }

    private describeTokenType(name: string): string {
        switch (name) {
            case 'STRING': return this.label('string');
            case 'INT':
            case 'DECIMAL': return this.label('number');
            case 'EOF': return this.label('endOfFile');
            default: return `'${name.replace(/:KW$/, '')}'`;
        }
    }

    private describeToken(token: IToken): string {
        return token.tokenType?.name === 'EOF' ? this.label('endOfFile') : `'${token.image}'`;
    }

    private label(variant: string): string {
        return formatMessage('syntax', this.settings.locale, {}, variant);
    }

    private syntax(variant: string, args: Record<string, string>): string {
        return formatMessage('syntax', this.settings.locale, args, variant);
    }
}
