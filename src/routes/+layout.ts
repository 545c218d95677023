// Every page is prerendered to static files; 'always' makes them dir/index.html, so a
// relative link from /t/<slug>/ to read/ works on any static host.
export const prerender = true;
export const trailingSlash = 'always';
