import address from './address/schema.json';
import item from './item/schema.json';

export default { address: { schema: address }, item: { schema: item } };
