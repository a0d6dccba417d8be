import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Reads a command's arguments the same way in every script: -h or --help
 * prints the help and exits 0; an unknown or malformed option prints what is
 * wrong and the help, and exits 2.
 */
export function parseCommandLine<T extends ParseArgsConfig>(help: string, config: T): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs({
      ...config,
      options: { ...config.options, help: { type: 'boolean', short: 'h', default: false } },
    }) as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    return usageError(`参数有误：${(error as Error).message}`, help);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(help);
    process.exit(0);
  }
  return parsed;
}

/** Says what is wrong with the arguments, then the help, and exits 2. */
export function usageError(message: string, help: string): never {
  console.error(`${message}\n\n${help}`);
  process.exit(2);
}

/** An option's value as a whole number of at least `min`, or a usage error naming the option. */
export function integerOption(name: string, value: string | undefined, help: string, min = 1): number {
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number) || number < min) {
    usageError(min === 1 ? `--${name} 应为正整数。` : `--${name} 应为不小于 ${min} 的整数。`, help);
  }
  return number;
}
