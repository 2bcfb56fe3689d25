import { csv, csvColumns, programmesData, toCsv } from '~/lib/server/open-data';
/** One row per programme; several amounts are joined with "; ". */
export const GET = async () =>
  csv(
    toCsv(
      csvColumns.programmes,
      (await programmesData()).map((p) => [
        p.id,
        p.names.lv,
        p.names.en,
        p.names.ru,
        p.scope,
        p.regions.join(' '),
        p.municipalities.join(' '),
        p.kinds.join(' '),
        p.amounts.map((a) => `${a.min ?? ''}${a.min !== null ? '-' : '≤'}${a.max} ${a.unit}`).join('; '),
        p.period.start,
        p.period.end,
        p.status,
        p.asOf,
        p.sources.join(' '),
      ]),
    ),
  );
