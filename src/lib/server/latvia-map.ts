/**
 * Geometry for the map of Latvia: the country outline (Natural Earth 1:50m via the world-atlas
 * package, public domain) and a simple equirectangular projection scaled for latitude 57°.
 */
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The whole country with a small margin. */
export const latviaBounds: Bounds = { west: 20.85, east: 28.3, south: 55.6, north: 58.12 };
/** Rīga and its neighbours, drawn as an inset because their centres lie a few km apart. */
export const rigaInsetBounds: Bounds = { west: 23.55, east: 24.75, south: 56.7, north: 57.2 };

const cosLat = Math.cos((57 * Math.PI) / 180);

export function projector(bounds: Bounds, width: number) {
  const scale = width / ((bounds.east - bounds.west) * cosLat);
  const height = Math.round((bounds.north - bounds.south) * scale);
  const project = (lon: number, lat: number): [number, number] => [
    Math.round((lon - bounds.west) * cosLat * scale * 10) / 10,
    Math.round((bounds.north - lat) * scale * 10) / 10,
  ];
  const contains = (lon: number, lat: number) => lon >= bounds.west && lon <= bounds.east && lat >= bounds.south && lat <= bounds.north;
  return { width, height, project, contains };
}

let outline: number[][][] | undefined;
function latviaRings(): number[][][] {
  if (!outline) {
    const require = createRequire(import.meta.url);
    const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topology, topology.objects.countries);
    const latvia = countries.features.find((f) => f.id === '428');
    if (!latvia || (latvia.geometry.type !== 'Polygon' && latvia.geometry.type !== 'MultiPolygon'))
      throw new Error('Latvia (428) not found in world-atlas');
    outline = latvia.geometry.type === 'Polygon' ? latvia.geometry.coordinates : latvia.geometry.coordinates.flat();
  }
  return outline;
}

/** The outline as an SVG path for a given projection. */
export function outlinePath(project: (lon: number, lat: number) => [number, number]) {
  return latviaRings()
    .map((ring) => `M${ring.map(([lon, lat]) => project(lon!, lat!).join(',')).join('L')}Z`)
    .join('');
}
