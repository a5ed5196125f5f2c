/**
 * The chart modules only this page needs, registered on the shared ECharts core: the map of the six
 * (with its boundaries), the choropleth legend and the scatter. Loaded dynamically, so the other
 * pages carry neither the modules nor the map.
 */
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, VisualMapComponent } from 'echarts/components';
import { echarts } from '../../../lib/echarts';
import shaoxingDistricts from '../map/shaoxing-districts.json';
import { SHAOXING_MAP } from './map-option';

echarts.use([MapChart, ScatterChart, GeoComponent, VisualMapComponent]);
echarts.registerMap(SHAOXING_MAP, shaoxingDistricts as Parameters<typeof echarts.registerMap>[1]);
