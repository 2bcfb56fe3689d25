import { csv, csvColumns, municipalitiesData, toCsv } from '~/lib/server/open-data';
/** One row per fact. */
export const GET = async () =>
  csv(
    toCsv(
      csvColumns.municipalities,
      (await municipalitiesData()).flatMap((m) =>
        m.facts.map((f) => [m.id, m.names.lv, m.type, m.region, f.key, f.value, f.unit, f.asOf, f.source]),
      ),
    ),
  );
