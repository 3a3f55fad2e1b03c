import { describe, expect, it } from 'vitest';
import { uiBenchThrottling } from '../../bench/ui.js';

describe('the UI benchmark CPU throttling setting', () => {
  it('measures at 4x into ui.json unless told otherwise', () => {
    expect(uiBenchThrottling(undefined)).toEqual({ cpuThrottling: 4, resultFile: 'ui.json' });
    expect(uiBenchThrottling(' ')).toEqual({ cpuThrottling: 4, resultFile: 'ui.json' });
    expect(uiBenchThrottling('4')).toEqual({ cpuThrottling: 4, resultFile: 'ui.json' });
  });

  it('writes another rate beside it, never over the measure the targets are for', () => {
    expect(uiBenchThrottling('1')).toEqual({ cpuThrottling: 1, resultFile: 'ui-1x.json' });
    expect(uiBenchThrottling('6')).toEqual({ cpuThrottling: 6, resultFile: 'ui-6x.json' });
  });

  it.each(['x', '0', '0.5', '-4', '100', 'Infinity', 'NaN'])('refuses %j with a clear error', (value) => {
    expect(() => uiBenchThrottling(value)).toThrow(/ANJUNGAN_BENCH_CPU_THROTTLING must be a CPU slow-down factor from 1 to 20 .* not "/);
  });
});
