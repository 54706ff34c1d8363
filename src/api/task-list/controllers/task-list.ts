import { factories } from '@strapi/strapi';
import { UID } from '../../../constants';
import { numberTasks } from '../../../utils/ordinal';

/** The body the stock find/findOne send: `data` is one task list, or several. */
type Answer<Data> = { data: Data; meta?: unknown };
type TaskList = Record<string, unknown>;

/** The stock controller, which does the query validation, sanitizing and shaping. */
const stockController = factories.createCoreController(UID.taskList);

/**
 * The stock controller, plus each task's ordinal ("Một là", "Hai là", …) from its position,
 * so no frontend has to write Vietnamese numerals itself.
 */
export default factories.createCoreController(UID.taskList, ({ strapi }) => {
  // Delegating to a typed stock controller rather than `super`, which TypeScript types as `any`.
  const stock = stockController({ strapi });
  return {
    async find(ctx, next) {
      const response = (await stock.find(ctx, next)) as Answer<TaskList[]>;
      return { ...response, data: response.data.map(numberTasks) };
    },

    async findOne(ctx, next) {
      const response = (await stock.findOne(ctx, next)) as Answer<TaskList> | null | undefined;
      return response && { ...response, data: numberTasks(response.data) };
    },
  };
});
