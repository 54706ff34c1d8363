import dashboard from './dashboard';
import readers from './readers';

export default { dashboard, readers };
