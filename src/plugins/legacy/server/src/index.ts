import bootstrap from './bootstrap';
import contentTypes from './content-types';
import services from './services';

export default { bootstrap, contentTypes, services };
