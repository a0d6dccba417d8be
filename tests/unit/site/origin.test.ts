import { describe, expect, it } from 'vitest';
import { canonicalUrl, publicOrigin, siteOrigin } from '../../../src/lib/site/origin.ts';
import { siteSchema } from '../../../src/lib/schema/site.ts';

const site = siteSchema.parse({ title: '档案', tagline: '说明', description: '说明' });

describe('the site origin', () => {
  it('takes site.yml first, then ARCHIVE_SITE_URL, keeping only the origin', () => {
    expect(
      publicOrigin({ ...site, url: 'https://a.example/archive/' }, { ARCHIVE_SITE_URL: 'https://b.example' }),
    ).toBe('https://a.example');
    expect(publicOrigin(site, { ARCHIVE_SITE_URL: 'https://b.example/archive/' })).toBe('https://b.example');
  });

  it('is unknown for a local build, where absolute addresses fall back to the preview server', () => {
    expect(publicOrigin(site, {})).toBeUndefined();
    expect(siteOrigin(site, {})).toBe('http://localhost:4321');
  });

  it('gives pages a canonical address only when the public origin is known', () => {
    const published = { ...site, url: 'https://a.example/archive/' };
    expect(canonicalUrl(published, '/archive/topics/teachers/', {})).toBe('https://a.example/archive/topics/teachers/');
    expect(canonicalUrl(site, '/topics/', { ARCHIVE_SITE_URL: 'https://b.example' })).toBe('https://b.example/topics/');
    expect(canonicalUrl(site, '/topics/', {})).toBeUndefined();
  });
});
