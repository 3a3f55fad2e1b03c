import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

/**
 * Only the chart.js parts the screens draw (lines on category/linear scales), which
 * keeps the lazily loaded chart chunk small. No tooltip or hover plugins: nothing on a
 * kiosk may depend on hover. Animation is off: a tap must show the new data at once.
 */
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);
Chart.defaults.animation = false;
Chart.defaults.font.family = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', system-ui, sans-serif";
Chart.defaults.font.size = 22;
Chart.defaults.color = '#4a5a52';
Chart.defaults.events = [];

export { Chart };
