import articles from './articles';
import counters from './counters';
import naive from './naive';
import reports from './reports';
import runtime from './runtime';
import visitors from './visitors';

export default { articles, counters, naive, reports, runtime, visitors };
