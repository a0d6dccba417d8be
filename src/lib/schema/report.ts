import { z } from 'zod';
import { identifier, nonBlank } from './common.ts';

export const reportTypes = ['summary', 'plan', 'speech', 'report', 'other'] as const;
export const levels = ['province', 'city', 'district', 'county', 'unknown'] as const;
const scripts = ['zh-Hans', 'zh-Hant'] as const;

export type ReportType = (typeof reportTypes)[number];
export type Level = (typeof levels)[number];
export type Script = (typeof scripts)[number];

/** Earliest year the archive accepts; education bureaus in their present form date from 1949. */
const firstYear = 1949;

/** Plans are written in the year before the one they cover, so next year is still valid. */
function lastYear(now: Date = new Date()): number {
  return now.getUTCFullYear() + 1;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD string naming a day that exists. */
export function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Where the report was issued, as far as the text says. Every part is
 * optional. Names are the official ones of GB/T 2260 where the place is a
 * known division (the importer fills them in Simplified script; check warns
 * when a name is unknown or the parts do not nest); a place the divisions do
 * not hold, such as a county since renamed, is written as the text has it.
 */
const regionSchema = z.strictObject({
  /** Province-level unit, e.g. 河南省, 广西壮族自治区, 北京市. Default: absent. */
  province: nonBlank.optional(),
  /** Prefecture-level city, e.g. 濮阳市; absent for the districts of 北京市 and the other municipalities. Default: absent. */
  city: nonBlank.optional(),
  /** County, county-level city or district, e.g. 清丰县, 津市市, 海淀区. Default: absent. */
  county: nonBlank.optional(),
});

/** Where the text was found. */
const sourceSchema = z.strictObject({
  /** Name of the site, book or office the text came from. Required. */
  name: nonBlank,
  /** Address of the page the text was taken from (http or https). Default: absent. */
  url: z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的网址' }).optional(),
  /** Anything a reader should know about the copy, e.g. 原文在此处截断. Default: absent. */
  note: nonBlank.optional(),
});

/**
 * The front matter of one report file. Unknown fields are errors, so a typo
 * such as `yaer:` is caught instead of silently ignored.
 */
export function reportFrontMatterSchema(now: Date = new Date()) {
  const maxYear = lastYear(now);
  return z.strictObject({
    /** Title as published, template-site suffixes removed. Required. */
    title: nonBlank,
    /** The issuing body as the text names it; placeholders such as XX县教育局 stay. Required. */
    issuer: nonBlank,
    /** Region parts named by the text. Default: none. */
    region: regionSchema.default({}),
    /** Administrative level of the issuer: province | city | district | county | unknown. Default: unknown. */
    level: z.enum(levels, { error: `应为 ${levels.join(' | ')} 之一` }).default('unknown'),
    /**
     * The year reported on (for a plan, the year planned). Required: an integer,
     * or null when the source hides it (20xx, XX年).
     */
    year: z
      .number({ error: '应为整数年份，或在原文隐去年份时写 null' })
      .int({ error: '应为整数年份' })
      .min(firstYear, { error: `年份应在 ${firstYear}–${maxYear} 之间` })
      .max(maxYear, { error: `年份应在 ${firstYear}–${maxYear} 之间` })
      .nullable(),
    /** Date issued or delivered, YYYY-MM-DD. Default: absent. */
    date: z
      .string({ error: '应写成 YYYY-MM-DD 格式的日期' })
      .refine(isCalendarDate, { error: '应为真实存在的日期，格式 YYYY-MM-DD' })
      .optional(),
    /** Kind of document: summary | plan | speech | report | other. Required. */
    type: z.enum(reportTypes, { error: `应为 ${reportTypes.join(' | ')} 之一` }),
    /** Report-level topic ids from content/topics.yml, beyond those of its sections. Default: none. */
    topics: z.array(identifier).default([]),
    /** Script of the text: zh-Hans (Simplified) | zh-Hant (Traditional). Default: zh-Hans. */
    script: z.enum(scripts, { error: `应为 ${scripts.join(' | ')} 之一` }).default('zh-Hans'),
    /** True when the source replaced names or figures with xx, XX, ** or x. Default: false. */
    anonymized: z.boolean({ error: '应为 true 或 false' }).default(false),
    /** Where the text was found. Required. */
    source: sourceSchema,
  });
}

export type ReportFrontMatterInput = z.input<ReturnType<typeof reportFrontMatterSchema>>;
export type ReportFrontMatter = z.output<ReturnType<typeof reportFrontMatterSchema>>;
