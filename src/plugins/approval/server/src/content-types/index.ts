import event from './event/schema.json';
import review from './review/schema.json';

export default {
  review: { schema: review },
  event: { schema: event },
};
