import importer from './importer';
import redirects from './redirects';

export default { importer, redirects };
