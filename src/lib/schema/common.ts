import { z } from 'zod';

/** A string that must contain something other than whitespace; surrounding whitespace is trimmed. */
export const nonBlank = z.string({ error: '应为文字' }).trim().min(1, { error: '不能为空' });

/** Lowercase ASCII identifier: letters, digits and single hyphens, starting with a letter. */
export const identifierPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const identifier = z
  .string({ error: '应为文字' })
  .regex(identifierPattern, { error: '只能用小写英文字母、数字和连字符，以字母开头' });
