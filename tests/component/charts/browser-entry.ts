// Entry of the charts' browser-test bundle: mounts every chart on the analysis the page embeds.
import { mount } from 'svelte';
import type { Analysis } from '../../../src/lib/transcript/types';
import LinkedCharts from './LinkedCharts.svelte';

const analysis = JSON.parse(document.getElementById('analysis')!.textContent!) as Analysis;
mount(LinkedCharts, { target: document.getElementById('app')!, props: { analysis } });
document.documentElement.dataset.mounted = 'true';
