import feeds from './feeds';
import portal from './portal';

export default { feeds, portal };
