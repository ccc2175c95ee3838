// One owner (src-core/text): the server's import and the core's import planner compare rows alike.
export { canonicalJson } from '../../src-core/text/canonical-json';
