import { json, municipalitiesData } from '~/lib/open-data';
export const GET = async () => json(await municipalitiesData());
