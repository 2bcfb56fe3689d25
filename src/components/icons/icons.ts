/**
 * Path data of the icon set (24 × 24 grid, drawn with a 2 px round stroke, no fill; see Icon.astro).
 * Topics: overview, housing, schools, jobs, grants, contacts. Tools: plan, compare, mine, selfcheck.
 * One path per icon keeps the markup small; every shape stays 2 px inside the grid's edge.
 */
export const icons = {
  // Topics
  overview: 'M9 4 3 6v14l6-2 6 2 6-2V4l-6 2-6-2zM9 4v14M15 6v14',
  housing: 'M3 11.5 12 4l9 7.5M5.5 10v10h13V10M10 20v-5.5h4V20',
  schools: 'M2.5 5.5H8a4 4 0 0 1 4 4V20a3 3 0 0 0-3-3H2.5zM21.5 5.5H16a4 4 0 0 0-4 4V20a3 3 0 0 1 3-3h6.5z',
  jobs: 'M3 8h18v12H3zM8.5 8V5h7v3M3 13.5h18',
  grants: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM15.5 8.8a4 4 0 1 0 0 6.4M7 11h6M7 13.5h6',
  contacts: 'M3 5h18v14H3zM9 9a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM5.5 16.5c.8-1.4 2-2 3.5-2s2.7.6 3.5 2M15 10h3.5M15 13.5h3.5',
  // Tools
  plan: 'M4 5h16v15H4zM4 9.5h16M8 3v4M16 3v4M8.5 14.5l2.5 2.5 4.5-4.5',
  compare: 'M12 4v16M7.5 20h9M5 7h14M5 7l-3 6.5a3 3 0 0 0 6 0zM19 7l-3 6.5a3 3 0 0 0 6 0z',
  mine: 'M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11zM12 7.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
  selfcheck: 'M9 3h6v3.5H9zM7 5H5v16h14V5h-2M8.5 14l2.5 2.5 4.5-4.5',
  // Others
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM15.5 15.5 21 21',
  stories: 'M5 3h11l3 3v15H5zM9 9h6M9 13h6M9 17h4',
  arrow: 'M5 12h14M13 6l6 6-6 6',
} as const;

export type IconName = keyof typeof icons;
