export async function evaluateCorpora() {}
