import articles from './articles';
import counters from './counters';
import readership from './readership';
import reports from './reports';
import runtime from './runtime';
import visitors from './visitors';

export default { articles, counters, readership, reports, runtime, visitors };
