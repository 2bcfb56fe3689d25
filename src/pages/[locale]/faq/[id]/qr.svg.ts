/**
 * The QR code of an answer's permanent address, as its own small file (/<lang>/faq/<id>/qr.svg): the
 * printed answer and category pages show it, and keeping it out of the HTML keeps those pages within
 * the 14 KB first-render budget (the code is only ever seen on paper).
 */
import type { APIRoute } from 'astro';
import QRCode from 'qrcode';
import { faqPaths } from '~/routing/paths';
import { localePath } from '~/routing/urls';

export const getStaticPaths = faqPaths;

type Props = Awaited<ReturnType<typeof faqPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  const address = new URL(localePath(props.page.locale, 'faq', props.page.slug), site ?? url).href;
  const svg = await QRCode.toString(address, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
