// The authoring page works without a server: the compiler runs in the browser.
export const ssr = false;
