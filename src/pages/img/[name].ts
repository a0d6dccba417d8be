import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../lib/archive/archive-store.ts';
import { pathsOfThisBuild } from '../../lib/config/build-scope.ts';
import { encodeVariant } from '../../lib/images/sharp-images.ts';
import { planVariants, type ImageSource, type ImageVariant } from '../../lib/images/variants.ts';

/** Every optimized image variant is a static file under /img/, written once per distinct source image. */
export const getStaticPaths = (async () => {
  const archive = await getArchive(import.meta.env.BASE_URL);
  const unique = new Map<string, { source: ImageSource; variant: ImageVariant }>();
  for (const report of archive.reports) {
    for (const source of report.images) {
      for (const variant of planVariants(source)) unique.set(variant.name, { source, variant });
    }
  }
  return pathsOfThisBuild(
    [...unique.values()].map(({ source, variant }) => ({
      params: { name: variant.name },
      props: { source, variant },
    })),
  );
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { source, variant } = props;
  return new Response(await encodeVariant(source, variant), { headers: { 'Content-Type': 'image/webp' } });
};
