import articles from './articles';
import cache from './cache';
import directory from './directory';
import feeds from './feeds';
import print from './print';
import programmes from './programmes';
import redirects from './redirects';
import search from './search';
import sections from './sections';

export default { articles, cache, directory, feeds, print, programmes, redirects, search, sections };
