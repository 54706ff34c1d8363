import config from './config';
import middlewares from './middlewares';
import register from './register';
import services from './services';

export default { register, config, middlewares, services };
