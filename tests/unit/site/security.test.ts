import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/lib/site/security.ts';

const directives = new Map(
  contentSecurityPolicy.split('; ').map((directive) => {
    const [name, ...sources] = directive.split(' ');
    return [name!, sources] as const;
  }),
);

describe('the Content-Security-Policy', () => {
  it('lets scripts and styles come only from the site, never inline', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('falls back to the site itself, allows no plugins, and keeps forms and the base address on the site', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
  });
});
