import type { APIContext } from 'astro';
import { csv, csvColumns, faqData, toCsv } from '~/lib/server/open-data';
import { perLocale } from '~/routing/paths';
import type { Locale } from '~/i18n/locales';
export const getStaticPaths = perLocale;
export const GET = async ({ params }: APIContext) =>
  csv(
    toCsv(
      csvColumns.faq,
      (await faqData(params.locale as Locale)).map((f) => [
        f.id,
        f.language,
        f.category,
        f.title,
        f.summary,
        f.reviewed,
        f.sources.join(' '),
        f.url,
      ]),
    ),
  );
