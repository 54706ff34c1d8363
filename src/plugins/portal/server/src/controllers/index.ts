import docs from './docs';
import feeds from './feeds';
import portal from './portal';

export default { docs, feeds, portal };
