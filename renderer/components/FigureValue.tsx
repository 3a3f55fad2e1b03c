import type { CSSProperties } from 'react';
import type { FormattedFigure } from '../i18n/format';

interface FigureValueProps {
  /** The style block (`figure-tile`, `profile-figure`, `compare-grid`): its `__value`, `__number` and `__unit` classes style the parts. */
  block: string;
  /** The word a qualified figure is read with ("sekitar", "at least"), or null. */
  qualifier: string | null;
  /** The number as formatted for the language, and its unit or scale word. */
  formatted: FormattedFigure;
  testId: string;
  /** Gives the number's length as --chars, for styles that shrink a long figure to its box. */
  fit?: boolean;
}

/** A figure as it is read: the qualifier, the number, the unit, each styled by its block. */
export function FigureValue({ block, qualifier, formatted, testId, fit = false }: FigureValueProps) {
  return (
    <span className={`${block}__value`} data-testid={testId}>
      {qualifier && <span className={`${block}__unit`}>{qualifier} </span>}
      <span className={`${block}__number`} style={fit ? ({ '--chars': formatted.value.length } as CSSProperties) : undefined}>
        {formatted.value}
      </span>{' '}
      {formatted.unit && <span className={`${block}__unit`}>{formatted.unit}</span>}
    </span>
  );
}
