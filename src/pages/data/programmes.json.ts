import { json, programmesData } from '~/lib/open-data';
export const GET = async () => json(await programmesData());
