import { memo, useMemo } from 'react';
import type { MapValues, PointRow, RegionFeatureCollection } from '../../../data/api/types';
import { classOf, progressClass, type ClassBreak } from '../../charts/classes';
import { useLang } from '../../hooks/useLang';
import { fitProjection, geometryPath, type Projection } from './projection';

/** Width of the drawing in SVG units; CSS scales it to the room there is. */
const viewWidth = 1000;

interface ProjectedMap {
  projection: Projection | null;
  paths: { code: string; name: string; d: string }[];
}

// The 217 village outlines are projected once per geometry answer, not on every visit:
// the client's cache hands the map the same object each time.
const projectedMaps = new WeakMap<RegionFeatureCollection, ProjectedMap>();

function projectedMap(geometry: RegionFeatureCollection): ProjectedMap {
  let known = projectedMaps.get(geometry);
  if (!known) {
    const projection = geometry.bbox ? fitProjection(geometry.bbox, viewWidth, 12) : null;
    const paths = projection ? geometry.features.map((feature) => ({ code: feature.properties.code, name: feature.properties.name, d: geometryPath(feature.geometry, projection) })) : [];
    known = { projection, paths };
    projectedMaps.set(geometry, known);
  }
  return known;
}

interface ChoroplethMapProps {
  geometry: RegionFeatureCollection;
  values: MapValues | null;
  classes: ClassBreak[];
  points: PointRow[];
  onRegion: (code: string) => void;
  onPoint: (point: PointRow) => void;
  selectedPoint: string | null;
}

/**
 * The regions as SVG paths (crisp at any size, each its own touch target), coloured by
 * class; regions without a value are hatched, not left white, so "no data" never reads
 * as "the lowest". Projects sit on top as dots with a finger-sized invisible ring.
 */
export const ChoroplethMap = memo(function ChoroplethMap({ geometry, values, classes, points, onRegion, onPoint, selectedPoint }: ChoroplethMapProps) {
  const { t } = useLang();
  const { projection, paths } = projectedMap(geometry);
  const valueByCode = useMemo(() => new Map((values?.values ?? []).map((entry) => [entry.code, entry.value])), [values]);
  if (!projection) return null;
  return (
    <svg className="choropleth" viewBox={`0 0 ${projection.width} ${projection.height}`} role="group" aria-label={t('screens.map.mapLabel')} data-testid="choropleth">
      <defs>
        <pattern id="map-no-data" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="14" height="14" fill="#e4e0d6" />
          <line x1="0" y1="0" x2="0" y2="14" stroke="#a39d8f" strokeWidth="5" />
        </pattern>
      </defs>
      <g className="choropleth__regions">
        {paths.map((path) => {
          const value = valueByCode.get(path.code);
          const index = value === undefined ? -1 : classOf(value, classes);
          return (
            <path
              key={path.code}
              d={path.d}
              fillRule="evenodd"
              className="choropleth__region"
              data-region={path.code}
              data-class={index}
              fill={index >= 0 ? classes[index]?.colour : 'url(#map-no-data)'}
              role="button"
              aria-label={path.name}
              onClick={() => onRegion(path.code)}
            />
          );
        })}
      </g>
      <g className="choropleth__points">
        {points.map((point) => {
          const [x, y] = projection.project([point.lng, point.lat]);
          return (
            <g key={point.id} className={`map-point map-point--${progressClass(point.progressPct)}${point.id === selectedPoint ? ' map-point--selected' : ''}`} data-point={point.id} role="button" aria-label={point.name} onClick={() => onPoint(point)}>
              <circle className="map-point__hit" cx={x} cy={y} r="30" />
              <circle className="map-point__dot" cx={x} cy={y} r={point.id === selectedPoint ? 16 : 11} />
            </g>
          );
        })}
      </g>
    </svg>
  );
});
