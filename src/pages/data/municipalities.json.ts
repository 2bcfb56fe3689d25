import { json, municipalitiesData } from '~/lib/server/open-data';
export const GET = async () => json(await municipalitiesData());
