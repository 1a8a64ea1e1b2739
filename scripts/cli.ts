/**
 * What the editor's commands (neu, pruefen, quelle) share: reading the
 * command line with Node's parseArgs, and stopping with a message an editor
 * can act on (no stack trace).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints the message and ends the command with exit code 1. */
export function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The command line read with `config`; a wrong option stops the command with a German message and the usage. */
export function commandLine<const T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const option = /'(--?[\w-]+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    const code = (error as { code?: string }).code;
    const what =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `Unbekannter Schalter »${option}«.`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `Der Schalter »${option}« braucht einen Wert.`
          : 'Der Aufruf ist nicht zu lesen.';
    return stop(`${what}\n${usage}`);
  }
}
