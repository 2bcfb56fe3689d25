import { json, programmesData } from '~/lib/server/open-data';
export const GET = async () => json(await programmesData());
