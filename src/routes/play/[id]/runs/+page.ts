// Solo play runs entirely in the browser (state in localStorage), so the page is not server-rendered.
export const ssr = false;
