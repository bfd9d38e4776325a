export * from './engine.ts';
export * from './clock.ts';
export type * from './types.ts';
export type * from './state.ts';
export { readPostsFile } from '../scenario/posts-file.ts';
