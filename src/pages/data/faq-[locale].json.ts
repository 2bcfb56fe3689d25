import type { APIContext } from 'astro';
import { faqData, json } from '~/lib/server/open-data';
import { perLocale } from '~/routing/paths';
import type { Locale } from '~/i18n/locales';
export const getStaticPaths = perLocale;
export const GET = async ({ params }: APIContext) => json(await faqData(params.locale as Locale));
