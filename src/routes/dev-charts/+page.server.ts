// Throwaway page for looking at the charts during development; deleted before hand-off.
import { loadAnalysis } from '$lib/server/content';

export const load = () => ({ analysis: loadAnalysis('altman-lightcap-20vc') });
