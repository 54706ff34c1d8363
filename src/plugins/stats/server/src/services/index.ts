import articles from './articles';
import counters from './counters';
import reports from './reports';
import runtime from './runtime';
import visitors from './visitors';

export default { articles, counters, reports, runtime, visitors };
