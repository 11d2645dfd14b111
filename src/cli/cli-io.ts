/** Exit statuses of the contract: 0 clean, 1 an error diagnostic (or a plan too broken to use), 2 work left undone. */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_INCOMPLETE = 2;

/** Where a command writes: its result to stdout, one line per problem to stderr. */
export interface CliIo {
    readonly stdout: (text: string) => void;
    readonly stderr: (line: string) => void;
    readonly colour: boolean;
}
