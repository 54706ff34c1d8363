import guard from './guard';
import library from './library';

export default { guard, library };
